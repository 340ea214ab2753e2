package com.switchboard.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Notes on an API request who called (the user that authenticated it, also when the security
 * chain then refused it) and which operation it reached, for {@link ApiAccessLog}.
 */
@Component
class ApiCaller implements HandlerInterceptor, WebMvcConfigurer {

    private static final String USER = ApiCaller.class.getName() + ".user";
    private static final String OPERATION = ApiCaller.class.getName() + ".operation";

    static String user(HttpServletRequest request) {
        return request.getAttribute(USER) instanceof String user ? user : "-";
    }

    /** The operation name, {@code unknown} for an unknown pre-defined one, {@code none} before routing. */
    static String operation(HttpServletRequest request) {
        return request.getAttribute(OPERATION) instanceof String operation ? operation : "none";
    }

    private final ApiOperations operations;

    ApiCaller(@Lazy ApiOperations operations) {
        this.operations = operations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(ApiPaths.PATTERNS);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            request.setAttribute(USER, authentication.getName());
        }
        if (handler instanceof HandlerMethod method) {
            request.setAttribute(OPERATION, operationOf(request, method));
        }
        return true;
    }

    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(USER, event.getAuthentication().getName());
        }
    }

    /**
     * The operation a handler serves: the registry's, by the route's own declaration or by the name in a
     * pre-defined route ({@code unknown} when it names none); else the handler method's name.
     */
    private String operationOf(HttpServletRequest request, HandlerMethod method) {
        if (method.getBean() instanceof ApiOperations.Operation op) {
            return op.name();
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("operation") instanceof String named) {
            return operations.find(named).map(ApiOperations.Operation::name).orElse("unknown");
        }
        return method.getMethod().getName();
    }
}
