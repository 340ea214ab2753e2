package com.switchboard.monitoring;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context ({@code traceparent}): the caller's trace id when it sent a valid header,
 * otherwise a new one, and a span id of our own for this request.
 *
 * @param traceId 32 lower-case hex digits, not all zero
 * @param spanId 16 lower-case hex digits, not all zero
 * @param flags two hex digits, the caller's (sampled or not), {@code 00} for a trace we began
 *
 * <p>The ids name a request in logs and in the audit; they grant nothing, so they are drawn from
 * {@link ThreadLocalRandom} (as the W3C recommendation allows) rather than from a shared
 * {@code SecureRandom}, whose lock every request would otherwise queue on.
 */
record TraceContext(String traceId, String spanId, String flags) {

    private static final Pattern TRACEPARENT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

    /** Continues the caller's trace, or begins one when the header is absent or invalid. */
    static TraceContext continueOrBegin(String traceparent) {
        if (traceparent != null) {
            var m = TRACEPARENT.matcher(traceparent.strip());
            if (m.matches() && !m.group(1).equals("ff") && !zero(m.group(2)) && !zero(m.group(3))
                    && (m.group(5) == null || !m.group(1).equals("00"))) {
                return new TraceContext(m.group(2), randomHex(8), m.group(4));
            }
        }
        return new TraceContext(randomHex(16), randomHex(8), "00");
    }

    /** The {@code traceparent} of this request's span, to answer with. */
    String traceparent() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static boolean zero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        String hex;
        do {
            ThreadLocalRandom.current().nextBytes(b);
            hex = HexFormat.of().formatHex(b);
        } while (zero(hex));
        return hex;
    }
}
