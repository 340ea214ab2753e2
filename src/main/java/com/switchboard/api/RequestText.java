package com.switchboard.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * The text of a request is UTF-8: a body, form or query string in another encoding, or with
 * overlong or otherwise invalid sequences, is refused (400) instead of being read as something else.
 */
final class RequestText {

    private RequestText() {}

    /** A query string key or value, percent-decoded; what is not valid UTF-8 (or a bad escape) is refused. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text.replace('+', ' ');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (low < 0) {
                    throw ApiException.unreadable("The query string has a bad escape at '" + text.substring(i,
                            Math.min(text.length(), i + 3)) + "'");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return utf8(bytes.toByteArray(), "The query string is not valid UTF-8");
    }

    /** Refuses a body (or form) whose content type declares a charset other than UTF-8. */
    static void requireUtf8(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String charset;
        try {
            charset = MediaType.parseMediaType(contentType).getParameter("charset");
        } catch (RuntimeException e) {
            return;
        }
        if (charset != null && !charset.replace("\"", "").strip().equalsIgnoreCase("utf-8")
                && !charset.replace("\"", "").strip().equalsIgnoreCase("utf8")) {
            throw ApiException.unreadable("The request must be UTF-8, not " + charset);
        }
    }

    /**
     * The body as text, which must be UTF-8: a byte order mark of UTF-16 or UTF-32, an overlong or
     * otherwise invalid sequence, or an encoded surrogate is refused (400). A UTF-8 byte order mark
     * is dropped.
     */
    static String utf8(byte[] body) {
        return utf8(body, "The request body is not valid UTF-8");
    }

    private static String utf8(byte[] body, String refusal) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.unreadable(refusal);
        }
    }
}
