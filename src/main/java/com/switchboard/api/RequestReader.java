package com.switchboard.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.switchboard.base.domain.PlainText;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a request DTO the way ServiceStack fills one: from the query string, form fields and the
 * body (JSON or DataContract XML), member names matched case-insensitively, list members also
 * given as comma-separated values, each value of the type the DTO gives it ({@link #typed}). Bodies
 * over {@value #MAX_BODY} bytes are refused (413), bodies of another content type too (415); text
 * that is not UTF-8 ({@link RequestText}), XML with a DTD or entities ({@link DataContractXmlReader}),
 * duplicate keys and characters XML cannot carry are 400.
 */
final class RequestReader {

    static final int MAX_BODY = 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestReader() {}

    static <T> T read(HttpServletRequest request, Class<T> type) {
        return readSent(request, type).dto();
    }

    /**
     * A request DTO and the names of the members the request carried (also those sent as null), for
     * operations where an absent member means "leave as it is".
     */
    record Sent<T>(T dto, Set<String> present) {}

    static <T> Sent<T> readSent(HttpServletRequest request, Class<T> type) {
        JavaType javaType = ApiResponses.JSON.constructType(type);
        Map<String, BeanPropertyDefinition> properties = properties(javaType);
        ObjectNode fields = NODES.objectNode();
        boolean form = isForm(request);
        if (form) {
            RequestText.requireUtf8(request.getContentType());
            Map<String, String[]> parameters = request.getParameterMap();
            refuseIncompleteForm(request, parameters, properties);
            parameters.forEach((name, values) -> putParameter(fields, properties, name, values));
        } else {
            queryParameters(request).forEach((name, values) -> putParameter(fields, properties, name,
                    values.toArray(String[]::new)));
            byte[] body = body(request);
            if (body.length > 0) {
                JsonNode parsed = parseBody(request.getContentType(), body, javaType, isJsonRoute(request));
                parsed.fields().forEachRemaining(e -> {
                    BeanPropertyDefinition property = properties.get(e.getKey().toLowerCase(Locale.ROOT));
                    if (property != null) {
                        fields.set(property.getName(), e.getValue());
                    }
                });
            }
        }
        refuseWhatNoDatabaseTakes(fields, "");
        Set<String> present = new LinkedHashSet<>();
        fields.fieldNames().forEachRemaining(present::add);
        try {
            return new Sent<>(ApiResponses.JSON.treeToValue(fields, type), present);
        } catch (InvalidFormatException e) {
            String field = fieldName(e);
            throw ApiException.invalidField("SerializationException", field,
                    "'" + e.getValue() + "' is not a valid value for " + field);
        } catch (MismatchedInputException e) {
            String field = fieldName(e);
            throw ApiException.invalidField("SerializationException", field, "Wrong type of value for " + field);
        } catch (JsonProcessingException e) {
            throw ApiException.unreadable("The request could not be read");
        }
    }

    /** The most ids one list may carry (PostgreSQL takes at most 65,535 parameters in a statement). */
    static final int MAX_LIST = 10_000;

    /**
     * Refuses (400, naming the field) text with NUL characters, which PostgreSQL cannot store or
     * compare, text (values and keys) with any other character XML cannot carry ({@link PlainText}),
     * and lists longer than {@value #MAX_LIST}, so that both databases and both formats answer alike.
     * A bad key is named by the member that holds it.
     */
    private static void refuseWhatNoDatabaseTakes(JsonNode node, String path) {
        if (node.isTextual()) {
            refuseText(node.textValue(), path);
        }
        if (node.isArray() && node.size() > MAX_LIST) {
            throw ApiException.invalidField("MaximumLength", fieldPath(path), "'" + fieldPath(path)
                    + "' must not have more than " + MAX_LIST + " items.");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseWhatNoDatabaseTakes(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                refuseText(e.getKey(), path);
                refuseWhatNoDatabaseTakes(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            });
        }
    }

    private static void refuseText(String text, String path) {
        if (text.indexOf('\0') >= 0) {
            throw ApiException.invalidField("Invalid", fieldPath(path), "'" + fieldPath(path)
                    + "' must not contain NUL characters.");
        }
        String character = PlainText.firstNotCarriedByXml(text);
        if (character != null) {
            throw ApiException.invalidField("Invalid", fieldPath(path), "'" + fieldPath(path)
                    + "' must not contain " + character + ", a character XML cannot carry.");
        }
    }

    /** Request attributes by which Tomcat reports a form it did not read whole. */
    private static final String FORM_PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
    private static final String FORM_PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    /**
     * Tomcat reads at most {@code maxParameterCount} form fields (10,000) and drops the rest, marking the
     * request: such a form is refused instead of being answered from its first fields. Too many fields
     * are taken as a list sent one id per field, named after the field sent most often.
     */
    private static void refuseIncompleteForm(HttpServletRequest request, Map<String, String[]> parameters,
            Map<String, BeanPropertyDefinition> properties) {
        if (request.getAttribute(FORM_PARSE_FAILED) == null) {
            return;
        }
        if (!"TOO_MANY_PARAMETERS".equals(String.valueOf(request.getAttribute(FORM_PARSE_FAILED_REASON)))) {
            throw ApiException.unreadable("The form could not be read");
        }
        String field = parameters.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().length))
                .map(e -> e.getKey().endsWith("[]") ? e.getKey().substring(0, e.getKey().length() - 2) : e.getKey())
                .map(name -> properties.get(name.toLowerCase(Locale.ROOT)))
                .map(property -> ApiErrors.pascal(property.getName()))
                .orElse("Request");
        throw ApiException.invalidField("MaximumLength", field, "'" + field + "' must not have more than " + MAX_LIST
                + " items.");
    }

    static String fieldPath(String path) {
        return path.isEmpty() ? "Request" : ApiErrors.pascal(path);
    }

    /**
     * ServiceStack's {@code /api/{Request}} route takes JSON: its JSON clients send a body with any
     * content type, or none. Only an explicit XML content type is read as XML there.
     */
    private static boolean isJsonRoute(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    /** The path of the bad value as ServiceStack names fields: {@code Schedule.Rules[0].Frequency}. */
    private static String fieldName(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(Character.toUpperCase(reference.getFieldName().charAt(0)))
                        .append(reference.getFieldName().substring(1));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "Request" : path.toString();
    }

    private static boolean isForm(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_FORM_URLENCODED.includes(type);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, List<String>> queryParameters(HttpServletRequest request) {
        return UriComponentsBuilder.newInstance().query(request.getQueryString())
                .build().getQueryParams().entrySet().stream()
                .collect(HashMap::new, (m, e) -> m.put(RequestText.decode(e.getKey()),
                        e.getValue().stream().map(v -> v == null ? "" : RequestText.decode(v)).toList()), HashMap::putAll);
    }

    private static void putParameter(ObjectNode fields, Map<String, BeanPropertyDefinition> properties, String name,
            String[] values) {
        String key = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        BeanPropertyDefinition property = properties.get(key.toLowerCase(Locale.ROOT));
        if (property == null || values.length == 0) {
            return;
        }
        if (property.getPrimaryType().isCollectionLikeType()) {
            ArrayNode list = NODES.arrayNode();
            for (String value : values) {
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        list.add(typed(item.strip(), property.getPrimaryType().getContentType()));
                    }
                }
            }
            fields.set(property.getName(), list);
        } else if (values.length > 1) {
            String field = ApiErrors.pascal(property.getName());
            throw ApiException.invalidField("SerializationException", field, "'" + field + "' is given "
                    + values.length + " times; it takes one value.");
        } else {
            fields.set(property.getName(), typed(values[0], property.getPrimaryType()));
        }
    }

    /**
     * A value sent as text (a form field, the query string, an XML element) as the member's type
     * has it: a boolean is {@code true} or {@code false}, a number a number; text that is neither
     * stays text, which the strict mapping then refuses for that member.
     */
    static JsonNode typed(String text, JavaType type) {
        Class<?> raw = type.getRawClass();
        String value = text.strip();
        if (raw == Boolean.class || raw == boolean.class) {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return NODES.booleanNode(Boolean.parseBoolean(value));
            }
        } else if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            if (value.matches("-?[0-9]{1,18}")) {
                return NODES.numberNode(Long.parseLong(value));
            }
            if (value.matches("-?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]{1,3})?")) {
                return NODES.numberNode(Double.parseDouble(value));
            }
        }
        return NODES.textNode(text);
    }

    private static byte[] body(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiException.unreadable("The request body could not be read");
        }
    }

    static ApiException tooLarge() {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "RequestEntityTooLarge",
                "The request body is larger than " + MAX_BODY + " bytes");
    }

    private static JsonNode parseBody(String contentType, byte[] body, JavaType type, boolean jsonRoute) {
        WireFormat format = WireFormat.of(contentType);
        if (jsonRoute && format != WireFormat.XML) {
            format = WireFormat.JSON;
        } else if (format == null && (contentType == null || contentType.isBlank())) {
            format = looksLikeXml(body) ? WireFormat.XML : WireFormat.JSON;
        }
        if (format == null) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                    "Content type '" + contentType + "' is not supported; send application/json or application/xml");
        }
        RequestText.requireUtf8(contentType);
        String text = RequestText.utf8(body);
        if (format == WireFormat.XML) {
            return DataContractXmlReader.read(text, type);
        }
        try {
            JsonNode node = ApiResponses.JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                return NODES.objectNode();
            }
            if (!node.isObject()) {
                throw ApiException.unreadable("The request body must be a JSON object");
            }
            return node;
        } catch (StreamReadException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    && e.getProcessor() != null) {
                String field = duplicatedMember(e.getProcessor(), type);
                throw ApiException.invalidField("SerializationException", field,
                        "'" + field + "' holds a member more than once: " + e.getOriginalMessage());
            }
            throw ApiException.unreadable("The request body is not valid JSON");
        } catch (IOException e) {
            throw ApiException.unreadable("The request body is not valid JSON");
        }
    }

    /** The request member in which a parser met a duplicated key: the member itself, or the one holding it. */
    private static String duplicatedMember(JsonParser parser, JavaType type) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        String first = pointer.length() > 1 ? pointer.substring(1).split("/", 2)[0] : "";
        BeanPropertyDefinition property = properties(type).get(first.toLowerCase(Locale.ROOT));
        return property == null ? "Request" : ApiErrors.pascal(property.getName());
    }

    private static boolean looksLikeXml(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    /** The members of each request type by lower-cased name, introspected once per type. */
    private static final Map<JavaType, Map<String, BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    static Map<String, BeanPropertyDefinition> properties(JavaType type) {
        return PROPERTIES.computeIfAbsent(type, RequestReader::introspect);
    }

    private static Map<String, BeanPropertyDefinition> introspect(JavaType type) {
        BeanDescription description = ApiResponses.JSON.getDeserializationConfig().introspect(type);
        Map<String, BeanPropertyDefinition> byName = new HashMap<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            byName.put(property.getName().toLowerCase(Locale.ROOT), property);
        }
        return Map.copyOf(byName);
    }
}
