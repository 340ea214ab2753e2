package com.switchboard.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@link ApiProperties#permits()} API requests are worked on at once; the others wait their
 * turn in the order they came (a fair semaphore), and one that has waited
 * {@link ApiProperties#queueTimeout()} is answered 503 {@code ServiceUnavailable} with
 * {@code Retry-After}, changing nothing.
 *
 * <p>Why: requests are mostly processor work (on the embedded database all of it). More requests at
 * once than the processors can run do not finish sooner; they take turns in the scheduler, so each one
 * takes as long as many, and a thread preempted while it holds a lock (a connection pool's, a
 * cache's) stalls the others for a whole time slice. In turn, they finish in the order they came.
 * A request gets here only with its body complete ({@code http.RequestBodyBuffering} reads it first,
 * without a thread), so a slow sender never holds a turn.
 */
final class ApiConcurrencyLimit extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long timeoutNanos;

    ApiConcurrencyLimit(ApiProperties properties) {
        this.permits = new Semaphore(properties.permits(), true);
        this.timeoutNanos = properties.queueTimeout().toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader("Retry-After", "1");
            ApiResponses.writeError(response, HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable",
                    "The server is busy; try again in a moment.", WireFormat.answerFor(request));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
