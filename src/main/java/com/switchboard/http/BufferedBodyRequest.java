package com.switchboard.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.Parameters;
import org.springframework.http.MediaType;

/**
 * A request whose body has been read whole ({@link RequestBodyBuffering}), as the rest of the chain
 * sees it: the body from memory, its form fields parsed by Tomcat's own parser with the connector's
 * limits (and a form cut off at {@code maxParameterCount} marked exactly as Tomcat marks it), and
 * the dispatch of the original request (the async dispatch that resumed it is an implementation
 * detail). The application takes no uploads, so a multipart body has no parts.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    /** Tomcat's attributes for a form it did not read whole, which the API checks. */
    static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
    static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    private final int maxParameterCount;
    private byte[] body = new byte[0];
    private Map<String, String[]> parameters;
    private Parameters.FailReason formFailure;

    /** @param maxParameterCount the connector's limit on the fields of a request (negative: none) */
    BufferedBodyRequest(HttpServletRequest request, int maxParameterCount) {
        super(request);
        this.maxParameterCount = maxParameterCount;
    }

    void complete(byte[] body) {
        this.body = body;
    }

    @Override
    public DispatcherType getDispatcherType() {
        return DispatcherType.REQUEST;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    listener.onDataAvailable();
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Object getAttribute(String name) {
        if (PARSE_FAILED.equals(name) || PARSE_FAILED_REASON.equals(name)) {
            parameters();
            if (formFailure != null) {
                return PARSE_FAILED.equals(name) ? Boolean.TRUE : formFailure;
            }
        }
        return super.getAttribute(name);
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }

    /**
     * The query string's fields (Tomcat's, which reads only the query once the body has been taken
     * as a stream), then the body's when it is a form sent by POST, as Tomcat orders them.
     */
    private synchronized Map<String, String[]> parameters() {
        if (parameters != null) {
            return parameters;
        }
        Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
        if ("POST".equals(super.getMethod()) && isForm(this)) {
            Parameters form = new Parameters();
            int count = all.values().stream().mapToInt(values -> values.length).sum();
            form.setLimit(maxParameterCount < 0 ? -1 : Math.max(0, maxParameterCount - count));
            form.setCharset(charset());
            // Tomcat's parser decodes in place: it gets a copy, so that the body stays as it came
            form.processParameters(body.clone(), 0, body.length);
            formFailure = form.getParseFailedReason();
            for (String name : Collections.list(form.getParameterNames())) {
                all.merge(name, form.getParameterValues(name), BufferedBodyRequest::concat);
            }
        }
        parameters = Collections.unmodifiableMap(all);
        return parameters;
    }

    /** A body of form fields ({@code application/x-www-form-urlencoded}). */
    static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        try {
            return type != null
                    && MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(type));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        } catch (RuntimeException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = new String[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
