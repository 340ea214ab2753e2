package com.switchboard.api;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * ServiceStack's session cookies: {@code ss-id} (for the browser session), {@code ss-pid} (persistent,
 * with rememberMe) and {@code ss-opt} ({@code perm} or {@code temp}: which of the two is the session).
 * All {@code HttpOnly; SameSite=Lax; Path=/}, and {@code Secure} when the request came over HTTPS
 * (directly, or through the {@code X-Forwarded-Proto} of the proxy named in
 * {@code server.tomcat.remoteip.internal-proxies}; none is trusted by default).
 */
final class SessionCookies {

    static final String ID = "ss-id";
    static final String PERMANENT_ID = "ss-pid";
    static final String OPTIONS = "ss-opt";

    private SessionCookies() {}

    /** The session ids the request carries, the one {@code ss-opt} names first. */
    static List<String> candidates(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        String id = null;
        String permanent = null;
        boolean perm = false;
        for (Cookie cookie : cookies) {
            switch (cookie.getName()) {
                case ID -> id = cookie.getValue();
                case PERMANENT_ID -> permanent = cookie.getValue();
                case OPTIONS -> perm = "perm".equals(cookie.getValue());
                default -> { }
            }
        }
        List<String> ids = new ArrayList<>(2);
        for (String candidate : perm ? new String[] {permanent, id} : new String[] {id, permanent}) {
            if (candidate != null && !candidate.isEmpty() && !ids.contains(candidate)) {
                ids.add(candidate);
            }
        }
        return ids;
    }

    /** Sets the cookies of a new session. */
    static void write(HttpServletRequest request, HttpServletResponse response, String rawId, boolean rememberMe,
            Duration lifetime) {
        add(response, cookie(request, ID, rawId, null));
        if (rememberMe) {
            add(response, cookie(request, PERMANENT_ID, rawId, lifetime));
            add(response, cookie(request, OPTIONS, "perm", lifetime));
        } else {
            add(response, cookie(request, PERMANENT_ID, "", Duration.ZERO));
            add(response, cookie(request, OPTIONS, "temp", null));
        }
    }

    /** Expires the three cookies. */
    static void expire(HttpServletRequest request, HttpServletResponse response) {
        for (String name : List.of(ID, PERMANENT_ID, OPTIONS)) {
            add(response, cookie(request, name, "", Duration.ZERO));
        }
    }

    private static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
        ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from(name, value)
                .path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure());
        if (maxAge != null) {
            builder.maxAge(maxAge);
        }
        return builder.build();
    }

    private static void add(HttpServletResponse response, ResponseCookie cookie) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
