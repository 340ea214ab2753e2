package com.switchboard.http;

import com.switchboard.api.ApiRefusal;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.RequestFacade;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request body whole before any other filter sees the request (the API's turns, every
 * security chain, the CSRF check that reads the sign-in form), without a worker thread: the body
 * comes in through a {@link BodyReader}, in Servlet non-blocking I/O, and once it is complete the
 * request resumes (an async dispatch) with the body from memory ({@link BufferedBodyRequest}).
 *
 * <p>A body must be complete by the request's deadline, counted from its first byte
 * ({@link HttpProperties#requestDeadline()}), or it is answered 408 and its connection closed; a
 * body larger than the API takes ({@link #bound}) is answered 413 and closed, by its declared length
 * before a byte is read. A request built in memory (MockMvc) has its body already and goes on as it is. On the API's paths these answers are ServiceStack
 * {@code ResponseStatus}es, elsewhere a line of plain text. It runs first of all filters (before the
 * request's metrics, so that the resumed request is observed once).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyBuffering extends OncePerRequestFilter {

    /** When the request's first byte arrived ({@link System#nanoTime()}), set by {@link TomcatDeadlines}. */
    static final String STARTED = RequestBodyBuffering.class.getName() + ".started";
    private static final String BUFFERED = RequestBodyBuffering.class.getName() + ".buffered";

    private final Duration deadline;
    private final int maxParameterCount;
    private final long maxForm;

    RequestBodyBuffering(HttpProperties properties, ServerProperties server) {
        this.deadline = properties.requestDeadline();
        this.maxParameterCount = server.getTomcat().getMaxParameterCount();
        long formPostSize = server.getTomcat().getMaxHttpFormPostSize().toBytes();
        this.maxForm = formPostSize >= 0 ? formPostSize : ApiRefusal.MAX_BODY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request) || request.getAttribute(BUFFERED) != null || !request.isAsyncSupported()
                || !onTheConnection(request)) {
            chain.doFilter(request, response);
            return;
        }
        long bound = bound(request);
        if (request.getContentLengthLong() > bound) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE);
            return;
        }
        request.setAttribute(BUFFERED, Boolean.TRUE);
        BufferedBodyRequest buffered = new BufferedBodyRequest(request, maxParameterCount);
        byte[] arrived = arrived(request);
        if (arrived.length == request.getContentLengthLong()) {
            buffered.complete(arrived);
            chain.doFilter(buffered, response);
            return;
        }
        AsyncContext async = request.startAsync(buffered, response);
        long left = deadline.toNanos() - (System.nanoTime() - started(request));
        async.setTimeout(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        BodyReader reader = new BodyReader(this, async, request, buffered, bound, arrived);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    /**
     * The part of a body of declared length that has already arrived with its headers, read without
     * waiting: only while the connection's buffer holds bytes ({@code available()} reads nothing from the
     * network in blocking mode), so a slow sender never holds the thread here. A small body usually
     * comes in the same packets as its headers: then the request goes on at once, on its own thread,
     * without the async round trip; otherwise the rest comes in through a {@link BodyReader}.
     */
    private static byte[] arrived(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        if (length <= 0) {
            return new byte[0];
        }
        ServletInputStream in = request.getInputStream();
        byte[] body = new byte[(int) length];
        int have = 0;
        while (have < body.length && in.available() > 0) {
            int read = in.read(body, have, body.length - have);
            if (read < 0) {
                break;
            }
            have += read;
        }
        return have == body.length ? body : Arrays.copyOf(body, have);
    }

    /** A body follows the headers: a declared length, or a transfer coding (chunked). */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * The largest body taken: a form as large as Tomcat reads one ({@code server.tomcat
     * .max-http-form-post-size}, 2 MB, which the API's forms are held to today), any other body as
     * large as the API reads ({@link ApiRefusal#MAX_BODY}).
     */
    private long bound(HttpServletRequest request) {
        return BufferedBodyRequest.isForm(request) ? Math.max(maxForm, ApiRefusal.MAX_BODY) : ApiRefusal.MAX_BODY;
    }

    /** A request whose body is still on the network connection (Tomcat's), not one built in memory. */
    private static boolean onTheConnection(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return request instanceof RequestFacade;
    }

    private static long started(HttpServletRequest request) {
        return request.getAttribute(STARTED) instanceof Long started ? started : System.nanoTime();
    }

    /** Answers 408 or 413 and closes the connection (what is left of the body is never read). */
    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        response.setHeader("Connection", "close");
        boolean timeout = status == HttpStatus.REQUEST_TIMEOUT;
        if (ApiRefusal.isApi(request)) {
            if (timeout) {
                ApiRefusal.requestTimeout(request, response, timeoutMessage());
            } else {
                ApiRefusal.tooLarge(request, response);
            }
            return;
        }
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        String message = timeout ? timeoutMessage() : "The request body is larger than " + bound(request) + " bytes.";
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    String timeoutMessage() {
        return "The request did not arrive within " + TomcatDeadlines.describe(deadline) + ".";
    }
}
