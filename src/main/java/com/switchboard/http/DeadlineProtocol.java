package com.switchboard.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Processor;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's NIO connector with a total deadline on a request's headers.
 *
 * <p>Tomcat NIO reads headers without holding a thread: a connection whose headers are incomplete
 * waits in the poller, and is closed only when no byte comes for {@code connectionTimeout}, a bound
 * on each read, not on the whole - one byte every few seconds keeps it open for ever. Here a sweeper
 * looks at the open connections a few times per deadline, and one whose request began (its first
 * byte) longer than the deadline ago and is still in its headers is answered 408 and closed. Once the
 * headers are in, the body's share of the same deadline is {@link RequestBodyBuffering}'s.
 *
 * <p>The 408 is plain text: before the headers are in, the format a caller reads is not known. A
 * connection silent for {@code connectionTimeout} in its headers is still closed by Tomcat, without
 * an answer.
 */
public class DeadlineProtocol extends Http11NioProtocol {

    private static final Logger log = LoggerFactory.getLogger(DeadlineProtocol.class);

    /** Longer than Tomcat's async timeouts take to fire (they are checked once a second). */
    private static final Duration BODY_READ_MARGIN = Duration.ofSeconds(3);

    private volatile long deadlineNanos = Duration.ofSeconds(10).toNanos();
    private volatile String deadlineText = "10 s";
    private volatile long bodyReadTimeoutMillis = Duration.ofSeconds(13).toMillis();
    private ScheduledExecutorService sweeper;

    void setRequestDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
        this.deadlineText = TomcatDeadlines.describe(deadline);
        this.bodyReadTimeoutMillis = Math.min(Integer.MAX_VALUE, deadline.plus(BODY_READ_MARGIN).toMillis());
    }

    @Override
    protected Processor createProcessor() {
        return new BodyTimeoutProcessor(this);
    }

    /**
     * Gives a body read in non-blocking I/O ({@link RequestBodyBuffering}) a read timeout a little
     * longer than the deadline. Tomcat puts the connection timeout (5 s) back on the connection when
     * a request goes async, and a body silent that long would end in a read error, which Tomcat turns
     * into an error page (500); this way the deadline's 408 comes first.
     */
    private static final class BodyTimeoutProcessor extends Http11Processor {

        private final DeadlineProtocol protocol;

        BodyTimeoutProcessor(DeadlineProtocol protocol) {
            super(protocol, protocol.getAdapter());
            this.protocol = protocol;
        }

        @Override
        public SocketState service(SocketWrapperBase<?> socketWrapper) throws IOException {
            SocketState state = super.service(socketWrapper);
            if (isAsync() && getRequest().getReadListener() != null) {
                socketWrapper.setReadTimeout(protocol.bodyReadTimeoutMillis);
            }
            return state;
        }
    }

    @Override
    public void start() throws Exception {
        super.start();
        long every = Math.min(1000, Math.max(50, TimeUnit.NANOSECONDS.toMillis(deadlineNanos) / 4));
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "request-deadline-" + getPort());
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        super.stop();
    }

    void sweep() {
        try {
            long now = System.nanoTime();
            for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
                if (connection.getCurrentProcessor() instanceof AbstractProcessor processor
                        && headersOverdue(processor, now)) {
                    expire(connection, processor, now);
                }
            }
        } catch (RuntimeException e) {
            log.warn("The request deadline sweep failed: {}", e.toString());
        }
    }

    /**
     * Under the connection's lock (which a worker holds while it processes the connection), so that
     * no worker is parsing or serving it meanwhile; checked again, as a worker may have moved on.
     */
    private void expire(SocketWrapperBase<NioChannel> connection, AbstractProcessor processor, long now) {
        synchronized (connection) {
            if (connection.isClosed() || connection.getCurrentProcessor() != processor
                    || !headersOverdue(processor, now)) {
                return;
            }
            log.info("Request from {}: headers did not arrive within {}; answered 408 and closed",
                    connection.getRemoteAddr(), deadlineText);
            byte[] message = ("The request did not arrive within " + deadlineText + ".\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain;charset=UTF-8\r\n"
                    + "Content-Length: " + message.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            try {
                connection.write(false, ByteBuffer.wrap(head));
                connection.write(false, ByteBuffer.wrap(message));
                connection.flush(false);
            } catch (IOException e) {
                // the client is gone: closing is all that is left
            } finally {
                connection.close();
            }
        }
    }

    /**
     * A request that has begun (Tomcat marks the time of its first byte) and is still being parsed:
     * its request line or headers, also those of the next request on a kept-alive connection. Such a
     * processor waits in the poller, its last parse over ({@code STAGE_ENDED}), or is parsing; a
     * request past its headers is being served, in async I/O ({@link RequestBodyBuffering}), or done
     * (and recycled, its start time cleared).
     */
    private boolean headersOverdue(AbstractProcessor processor, long now) {
        Request request = processor.getRequest();
        long started = request.getStartTimeNanos();
        int stage = request.getRequestProcessor().getStage();
        boolean inHeaders = stage == Constants.STAGE_PARSE || stage == Constants.STAGE_KEEPALIVE
                || stage == Constants.STAGE_ENDED;
        return inHeaders && !processor.isAsync() && !processor.isUpgrade() && started != -1
                && now - started > deadlineNanos;
    }
}
