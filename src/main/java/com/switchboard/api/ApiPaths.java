package com.switchboard.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import com.switchboard.api.dto.ApiOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.ClassUtils;

/**
 * The paths that belong to the API: its security chain, access log and interceptors use them, and
 * every answer on them, the refusals of Tomcat, of Spring Security's firewall and of the error page
 * included, is a ServiceStack {@code ResponseStatus}.
 */
final class ApiPaths {

    /**
     * The root of every declared operation's routes (read from the request types in {@code api.dto}, so
     * an operation needs nothing here), each with its sub-paths and its {@code .json}/{@code .xml}
     * suffix, then the pre-defined routes, the metadata and sign-in.
     */
    static final String[] PATTERNS = patterns();

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private ApiPaths() {}

    private static String[] patterns() {
        Set<String> roots = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ApiOperation.class));
        for (BeanDefinition type : scan.findCandidateComponents(ApiOperation.class.getPackageName())) {
            Class<?> request = ClassUtils.resolveClassName(type.getBeanClassName(), ApiPaths.class.getClassLoader());
            for (String route : request.getAnnotation(ApiOperation.class).routes()) {
                roots.add("/" + route.substring(1).split("/", 2)[0]);
            }
        }
        List<String> patterns = new ArrayList<>();
        for (String root : roots) {
            patterns.addAll(List.of(root, root + "/**", root + ".*"));
        }
        patterns.addAll(List.of("/api/**", "/json/**", "/xml/**", "/metadata", "/openapi.json", "/auth", "/auth/**"));
        return patterns.toArray(String[]::new);
    }

    /** Whether a path as the caller sent it (still percent-encoded, after the context path) is the API's. */
    static boolean matches(String path) {
        for (String pattern : PATTERNS) {
            if (MATCHER.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the request went to the API; on the error page, whether the request that failed did. */
    static boolean matches(HttpServletRequest request) {
        return matches(path(request));
    }

    /** The path the caller sent, after the context path; on the error page, that of the request that failed. */
    static String path(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
