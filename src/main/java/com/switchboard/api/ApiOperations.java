package com.switchboard.api;

import com.switchboard.api.dto.ApiMember;
import com.switchboard.api.dto.ApiOperation;
import com.switchboard.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The operation registry: every operation of the API, found as the handler methods of the
 * {@link ApiService} classes, each described by its request type's {@link ApiOperation}. From it
 * come the custom routes ({@link ApiRoutes}), the pre-defined routes ({@link PredefinedRoutes}),
 * the role check, the metadata pages and the OpenAPI document; nothing about an operation is
 * written anywhere else.
 */
@Component
class ApiOperations {

    /** The verbs the pre-defined routes take for an operation that changes something. */
    static final Set<String> WRITE_VERBS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The verbs the pre-defined routes take for an operation that only reads. */
    static final Set<String> READ_VERBS = Set.of("GET", "POST");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private final Map<String, Operation> byName = new LinkedHashMap<>();

    ApiOperations(ApplicationContext context) {
        List<Operation> found = new ArrayList<>();
        for (Object service : context.getBeansWithAnnotation(ApiService.class).values()) {
            for (Method method : AopUtils.getTargetClass(service).getDeclaredMethods()) {
                if (!method.isSynthetic() && !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() > 0
                        && method.getParameterTypes()[0].isAnnotationPresent(ApiOperation.class)) {
                    found.add(new Operation(method.getParameterTypes()[0], service, method));
                }
            }
        }
        found.sort(Comparator.comparing(Operation::name));
        for (Operation op : found) {
            Operation twin = byName.put(op.name().toLowerCase(Locale.ROOT), op);
            if (twin != null) {
                throw new IllegalStateException(op.name() + " has two handlers: " + twin.method + " and " + op.method);
            }
        }
    }

    List<Operation> all() {
        return List.copyOf(byName.values());
    }

    /** The operation of that name (ServiceStack matches request names without case). */
    Optional<Operation> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    static List<String> verbs(Set<String> verbs) {
        return verbs.stream().sorted().toList();
    }

    static String routes(Operation operation) {
        return String.join(", ", Arrays.asList(operation.spec().routes()));
    }

    static List<String> pathParameters(String route) {
        return PATH_PARAMETER.matcher(route).results().map(m -> m.group(1)).toList();
    }

    /**
     * One operation: its request type, its declaration and its handler. {@link #serve} is what every
     * route of the operation, custom or pre-defined, runs: the format and the role are checked before
     * anything is read, the request DTO is read (query, body or form), the route's path parameters are
     * put into it, the handler runs, and its answer is written in the caller's format.
     */
    static final class Operation {

        static final Method SERVE;

        static {
            try {
                SERVE = Operation.class.getDeclaredMethod("serve", HttpServletRequest.class);
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Class<?> request;
        private final ApiOperation spec;
        private final Object service;
        private final Method method;
        private final Set<String> roles;
        private final List<Field> pathMembers;

        private Operation(Class<?> request, Object service, Method method) {
            this.request = request;
            this.spec = request.getAnnotation(ApiOperation.class);
            this.service = service;
            this.method = method;
            method.setAccessible(true);
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length > 2 || (parameters.length == 2 && parameters[1] != ApiCall.class)) {
                throw new IllegalStateException(method + ": a handler takes its request and at most an ApiCall");
            }
            boolean noBody = method.getReturnType() == void.class;
            if (noBody != (spec.response() == Void.class)) {
                throw new IllegalStateException(method + " does not return what " + name() + " declares");
            }
            this.roles = spec.roles().length == 0 ? Set.of() : Set.copyOf(Arrays.stream(spec.roles())
                    .map(role -> Role.valueOf(role).authority()).toList());
            this.pathMembers = Arrays.stream(spec.routes()).flatMap(route -> pathParameters(route).stream())
                    .distinct().map(this::member).toList();
        }

        Class<?> request() {
            return request;
        }

        ApiOperation spec() {
            return spec;
        }

        String name() {
            return request.getSimpleName();
        }

        /** The roles that may call it, as the metadata page names them. */
        List<String> roleNames() {
            return spec.roles().length == 0 ? Arrays.stream(Role.values()).map(Role::name).toList()
                    : List.of(spec.roles());
        }

        /** GET operations only read; every other operation changes state and is never served on GET. */
        boolean readOnly() {
            return spec.verb().equals("GET");
        }

        Set<String> predefinedVerbs() {
            return readOnly() ? READ_VERBS : WRITE_VERBS;
        }

        ResponseEntity<byte[]> serve(HttpServletRequest httpRequest) {
            WireFormat format = WireFormat.require(httpRequest);
            requireRole();
            RequestReader.Sent<?> sent = RequestReader.readSent(httpRequest, request);
            bindPath(httpRequest, sent.dto());
            Object answer = invoke(sent.dto(), new ApiCall(httpRequest, sent.present()));
            if (spec.response() == Void.class) {
                return ResponseEntity.status(spec.status()).build();
            }
            ResponseEntity<byte[]> ok = ApiResponses.ok(answer, format);
            return spec.status() == HttpStatus.OK.value() ? ok
                    : ResponseEntity.status(spec.status()).headers(ok.getHeaders()).body(ok.getBody());
        }

        private void requireRole() {
            if (roles.isEmpty()) {
                return;
            }
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            boolean allowed = caller != null && caller.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
            if (!allowed) {
                throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "Invalid Role");
            }
        }

        /**
         * Puts the route's path parameters into the request (a {@code .json}/{@code .xml} suffix taken
         * off): a body or query naming another value contradicts the route (400); a path member is
         * required either way.
         */
        private void bindPath(HttpServletRequest httpRequest, Object dto) {
            Map<?, ?> variables = httpRequest.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                    instanceof Map<?, ?> map ? map : Map.of();
            for (Field member : pathMembers) {
                String sent = (String) get(member, dto);
                if (variables.get(member.getName()) instanceof String routed) {
                    String value = stripSuffix(routed);
                    if (sent != null && !sent.isEmpty() && !sent.equals(value)) {
                        throw ApiException.invalidField("NotEqual", ApiErrors.pascal(member.getName()),
                                "The " + member.getName() + " in the body ('" + sent + "') is not the one of the route ('"
                                        + value + "')");
                    }
                    set(member, dto, value);
                    sent = value;
                }
                if (sent == null || sent.isBlank()) {
                    String field = ApiErrors.pascal(member.getName());
                    throw ApiException.invalidField("NotEmpty", field, "'" + words(field) + "' must not be empty.");
                }
            }
        }

        private Object invoke(Object dto, ApiCall call) {
            try {
                return method.getParameterCount() == 2 ? method.invoke(service, dto, call) : method.invoke(service, dto);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private Field member(String name) {
            try {
                Field field = request.getField(name);
                if (field.getType() != String.class || !field.isAnnotationPresent(ApiMember.class)) {
                    throw new IllegalStateException(name() + "." + name + " is a path parameter: a described string");
                }
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(name() + " has no member for the path parameter " + name, e);
            }
        }

        private static Object get(Field field, Object dto) {
            try {
                return field.get(dto);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void set(Field field, Object dto, Object value) {
            try {
                field.set(dto, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code CustomerId} → {@code Customer Id}, as ServiceStack's validators name a member. */
        private static String words(String member) {
            return member.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        }

        private static String stripSuffix(String value) {
            for (String suffix : List.of(".json", ".xml")) {
                if (value.endsWith(suffix)) {
                    return value.substring(0, value.length() - suffix.length());
                }
            }
            return value;
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
