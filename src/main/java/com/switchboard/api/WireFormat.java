package com.switchboard.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The two formats the API speaks, and how a request chooses one: {@code ?format=json|xml}; then a
 * {@code .json}/{@code .xml} suffix or a {@code /json/…}/{@code /xml/…} pre-defined route; then the
 * Accept header (by quality, JSON or XML only: {@code *}{@code /*} or a browser's list is no
 * preference); then the request's content type; JSON otherwise. On the error page the path is that of
 * the request that failed.
 */
enum WireFormat {
    JSON("application/json; charset=utf-8"),
    XML("application/xml; charset=utf-8");

    final String contentType;

    WireFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The format the caller asked for, or null when {@code ?format=} names one we do not speak. */
    static WireFormat requested(HttpServletRequest request) {
        String format = formatParameter(request);
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "xml" -> XML;
                default -> null;
            };
        }
        String path = ApiPaths.path(request);
        if (path.endsWith(".json") || path.startsWith("/json/")) {
            return JSON;
        }
        if (path.endsWith(".xml") || path.startsWith("/xml/")) {
            return XML;
        }
        WireFormat accepted = fromAccept(request.getHeader("Accept"));
        if (accepted != null) {
            return accepted;
        }
        WireFormat sent = of(request.getContentType());
        return sent != null ? sent : JSON;
    }

    /** The format the caller asked for; 400 when {@code ?format=} names one we do not speak. */
    static WireFormat require(HttpServletRequest request) {
        WireFormat format = requested(request);
        if (format == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NotSupported",
                    "Format '" + formatParameter(request) + "' is not supported; use json or xml");
        }
        return format;
    }

    /** The format to answer in, also when the request named an unknown one (then JSON). */
    static WireFormat answerFor(HttpServletRequest request) {
        WireFormat format = requested(request);
        return format == null ? JSON : format;
    }

    /** The {@code format} query parameter, read from the query string only (never the body). */
    static String formatParameter(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equalsIgnoreCase("format")) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** JSON or XML by a content type, or null for anything else. */
    static WireFormat of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return null;
            }
            String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
            if (subtype.equals("json") || subtype.endsWith("+json")) {
                return JSON;
            }
            if (subtype.equals("xml") || subtype.endsWith("+xml")) {
                return XML;
            }
            return null;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static WireFormat fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return null;
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            WireFormat format = of(type.toString());
            if (format != null) {
                // A browser's Accept (text/html first, XML as a fallback) is no preference.
                boolean browser = types.stream().anyMatch(t -> t.getSubtype().equalsIgnoreCase("html")
                        && t.getQualityValue() >= type.getQualityValue());
                return browser ? null : format;
            }
        }
        return null;
    }
}
