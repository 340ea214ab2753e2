package com.switchboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from, as the audit and the throttle record it: the client address (the
 * servlet's remote address: the socket's, or the {@code X-Forwarded-For} of the proxy named in
 * {@code server.tomcat.remoteip.internal-proxies}, none by default), the user agent, and the channel.
 */
public record ClientRequest(String ip, String userAgent, Channel channel) {

    /** How someone reached Switchboard. */
    public enum Channel {
        PORTAL, API, SYSTEM
    }

    private static final int MAX_AGENT = 500;
    private static final String LOGIN_PATH = "/login";

    public static final ClientRequest NONE = new ClientRequest(null, null, Channel.SYSTEM);

    /** The request being served on this thread, or {@link #NONE} outside of one. */
    public static ClientRequest current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return NONE;
    }

    public static ClientRequest of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > MAX_AGENT) {
            agent = agent.substring(0, MAX_AGENT);
        }
        return new ClientRequest(request.getRemoteAddr(), agent, channelOf(request));
    }

    /** The portal is the login form and the Vaadin application; everything else is the API. */
    private static Channel channelOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/customers") || path.startsWith("/api/") || path.startsWith("/json/")
                || path.startsWith("/xml/") || path.startsWith("/auth");
        return api && !path.equals(LOGIN_PATH) ? Channel.API : Channel.PORTAL;
    }
}
