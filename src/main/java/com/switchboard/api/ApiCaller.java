package com.switchboard.api;

import com.switchboard.api.dto.GetCustomer;
import com.switchboard.api.dto.GetInheritedSchedule;
import com.switchboard.api.dto.ListCustomers;
import com.switchboard.api.dto.SetCustomerStagingMode;
import com.switchboard.api.dto.TestSchedule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** Operations by lower-case name, as the pre-defined routes {@code /api/{operation}} name them. */
    private static final Map<String, String> OPERATIONS = Stream.of(SetCustomerStagingMode.class, GetCustomer.class,
                    ListCustomers.class, TestSchedule.class, GetInheritedSchedule.class)
            .map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), Function.identity()));
    /** The operation each custom route's handler serves. */
    private static final Map<String, String> CUSTOM_ROUTES = Map.of(
            "setStaging", SetCustomerStagingMode.class.getSimpleName(),
            "getCustomer", GetCustomer.class.getSimpleName(),
            "listCustomers", ListCustomers.class.getSimpleName(),
            "testSchedule", TestSchedule.class.getSimpleName(),
            "inheritedSchedule", GetInheritedSchedule.class.getSimpleName());

    static String user(HttpServletRequest request) {
        return request.getAttribute(USER) instanceof String user ? user : "-";
    }

    /** The operation name, {@code unknown} for an unknown pre-defined one, {@code none} before routing. */
    static String operation(HttpServletRequest request) {
        return request.getAttribute(OPERATION) instanceof String operation ? operation : "none";
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

    private static String operationOf(HttpServletRequest request, HandlerMethod method) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("operation") instanceof String named) {
            return OPERATIONS.getOrDefault(named.toLowerCase(Locale.ROOT), "unknown");
        }
        return CUSTOM_ROUTES.getOrDefault(method.getMethod().getName(), method.getMethod().getName());
    }
}
