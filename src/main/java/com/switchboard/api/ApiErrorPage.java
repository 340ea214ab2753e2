package com.switchboard.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring Boot's error page ({@code server.error.path}, {@code /error}) for the API. A request to the
 * API that fails outside any handler (a filter or the container reports an error status) is sent
 * there; it answers a {@code ResponseStatus} with that status in the caller's format instead of
 * Spring's {@code {timestamp,status,error,path}}. Asked for directly, the error page is no page: 404
 * {@code ResponseStatus} (or the refusal of the request for it, a POST without a CSRF token, say).
 * Failures of the portal's requests keep Spring Boot's page.
 */
@Component
class ApiErrorPage implements HandlerInterceptor, WebMvcConfigurer {

    private final String path;

    ApiErrorPage(ServerProperties server) {
        this.path = server.getError().getPath();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(path);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        boolean direct = request.getDispatcherType() != DispatcherType.ERROR;
        if (!direct && !ApiPaths.matches(request) && !ApiPaths.path(request).equals(path)) {
            return true;
        }
        int status = !direct && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer failed
                ? failed : HttpStatus.NOT_FOUND.value();
        String message = direct ? ApiNotFound.MESSAGE : ApiResponses.reason(status);
        ApiResponses.writeError(response, HttpStatusCode.valueOf(status), ApiResponses.errorCode(status), message,
                WireFormat.answerFor(request));
        return false;
    }
}
