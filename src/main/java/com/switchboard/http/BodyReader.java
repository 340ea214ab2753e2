package com.switchboard.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;

/**
 * Takes in one request body as it arrives, on the container's threads only while bytes are there,
 * and ends in exactly one way: complete (the request resumes), too large (413), too late (408), or
 * the client gone. Each of the last three is one log line, never a stack trace.
 */
final class BodyReader implements ReadListener, AsyncListener {

    private static final Logger log = LoggerFactory.getLogger(BodyReader.class);

    private final RequestBodyBuffering owner;
    private final AsyncContext async;
    private final HttpServletRequest request;
    private final BufferedBodyRequest buffered;
    private final ServletInputStream in;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Map<String, String> logContext;
    private final long bound;

    BodyReader(RequestBodyBuffering owner, AsyncContext async, HttpServletRequest request,
            BufferedBodyRequest buffered, long bound, byte[] arrived) throws IOException {
        this.bound = bound;
        this.body.write(arrived);
        this.owner = owner;
        this.async = async;
        this.request = request;
        this.buffered = buffered;
        this.in = request.getInputStream();
        this.logContext = MDC.getCopyOfContextMap();
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!ended.get() && in.isReady()) {
            int read = in.read(chunk);
            if (read < 0) {
                return;
            }
            if (body.size() + read > bound) {
                end(HttpStatus.PAYLOAD_TOO_LARGE, "is larger than " + bound + " bytes");
                return;
            }
            body.write(chunk, 0, read);
        }
    }

    @Override
    public void onAllDataRead() {
        if (ended.compareAndSet(false, true)) {
            buffered.complete(body.toByteArray());
            async.dispatch();
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        end(HttpStatus.REQUEST_TIMEOUT, "did not arrive in time");
    }

    @Override
    public void onError(Throwable failure) {
        if (ended.compareAndSet(false, true)) {
            boolean silent = failure instanceof SocketTimeoutException
                    || failure.getCause() instanceof SocketTimeoutException;
            logLine(silent ? "no byte came for the upload timeout; closed" : "the client went away (" + failure + ")");
            async.complete();
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // the request ended: nothing left to do
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the resumed request started an async cycle of its own: not ours
    }

    private void end(HttpStatus status, String why) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        logLine("body " + why + "; answered " + status.value() + " and closed");
        try {
            owner.refuse(request, (HttpServletResponse) async.getResponse(), status);
        } catch (IOException e) {
            // the client is gone as well: the connection closes all the same
        }
        async.complete();
    }

    private void logLine(String what) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            long declared = request.getContentLengthLong();
            log.info("{} {} from {}: {} after {} of {} bytes", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), what, body.size(), declared < 0 ? "?" : declared);
        } finally {
            if (previous != null) {
                MDC.setContextMap(previous);
            } else {
                MDC.clear();
            }
        }
    }
}
