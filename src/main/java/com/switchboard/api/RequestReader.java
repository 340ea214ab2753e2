package com.switchboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.switchboard.api.dto.Namespaces;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a request DTO the way ServiceStack fills one: from the query string, form fields and the
 * body (JSON or DataContract XML), member names matched case-insensitively, list members also
 * given as comma-separated values. Bodies over {@value #MAX_BODY} bytes are refused (413), bodies of
 * another content type too (415), and XML with a DTD or entities (400).
 */
final class RequestReader {

    static final int MAX_BODY = 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final XMLInputFactory XML_INPUT = secureXmlInput();

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
     * compare, and lists longer than {@value #MAX_LIST}, so that both databases answer alike.
     */
    private static void refuseWhatNoDatabaseTakes(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            throw ApiException.invalidField("Invalid", fieldPath(path), "'" + fieldPath(path)
                    + "' must not contain NUL characters.");
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
            node.fields().forEachRemaining(e -> refuseWhatNoDatabaseTakes(e.getValue(),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
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

    private static String fieldPath(String path) {
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
                .collect(HashMap::new, (m, e) -> m.put(decode(e.getKey()),
                        e.getValue().stream().map(v -> v == null ? "" : decode(v)).toList()), HashMap::putAll);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
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
                        list.add(item.strip());
                    }
                }
            }
            fields.set(property.getName(), list);
        } else {
            fields.put(property.getName(), values[0]);
        }
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
        if (format == WireFormat.XML) {
            return readXml(body, type);
        }
        try {
            JsonNode node = ApiResponses.JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                return NODES.objectNode();
            }
            if (!node.isObject()) {
                throw ApiException.unreadable("The request body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw ApiException.unreadable("The request body is not valid JSON");
        }
    }

    private static boolean looksLikeXml(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    // ---- XML ------------------------------------------------------------------------------------

    private static XMLInputFactory secureXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are not allowed");
        });
        return factory;
    }

    /** Reads a DataContract document into a tree shaped like {@code type}, refusing DTDs and entities. */
    static JsonNode readXml(byte[] body, JavaType type) {
        XMLStreamReader reader = null;
        try {
            reader = XML_INPUT.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw ApiException.unreadable("XML with a document type declaration is not accepted");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String expected = type.getRawClass().getSimpleName();
                    if (!reader.getLocalName().equals(expected)) {
                        throw ApiException.unreadable("Expecting element '" + expected + "', found '"
                                + reader.getLocalName() + "'");
                    }
                    JsonNode node = element(reader, type);
                    return node.isObject() ? node : NODES.objectNode();
                }
            }
            throw ApiException.unreadable("The XML body has no root element");
        } catch (XMLStreamException e) {
            throw ApiException.unreadable("The request body is not valid XML");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader of an in-memory body releases nothing
                }
            }
        }
    }

    private static JsonNode element(XMLStreamReader reader, JavaType type) throws XMLStreamException {
        if ("true".equals(reader.getAttributeValue(Namespaces.XSI, "nil"))) {
            skip(reader);
            return NODES.nullNode();
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            ArrayNode list = NODES.arrayNode();
            while (nextChild(reader)) {
                list.add(element(reader, type.getContentType()));
            }
            return list;
        }
        if (type.isMapLikeType()) {
            ObjectNode map = NODES.objectNode();
            while (nextChild(reader)) {
                String key = null;
                JsonNode value = NODES.nullNode();
                while (nextChild(reader)) {
                    if (reader.getLocalName().equals("Key")) {
                        key = reader.getElementText();
                    } else if (reader.getLocalName().equals("Value")) {
                        value = element(reader, type.getContentType());
                    } else {
                        skip(reader);
                    }
                }
                if (key != null) {
                    map.set(key, value);
                }
            }
            return map;
        }
        if (isScalar(type)) {
            return NODES.textNode(text(reader));
        }
        Map<String, BeanPropertyDefinition> properties = properties(type);
        ObjectNode object = NODES.objectNode();
        while (nextChild(reader)) {
            BeanPropertyDefinition property = properties.get(reader.getLocalName().toLowerCase(Locale.ROOT));
            if (property == null) {
                skip(reader);
            } else {
                object.set(property.getName(), element(reader, property.getPrimaryType()));
            }
        }
        return object;
    }

    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw ApiException.unreadable("XML entities are not accepted");
                case XMLStreamConstants.START_ELEMENT ->
                        throw ApiException.unreadable("Unexpected element '" + reader.getLocalName() + "'");
                default -> { }
            }
        }
    }

    /** Moves to the next child element; false at the end of the current element. */
    private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw ApiException.unreadable("XML entities are not accepted");
            }
        }
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw ApiException.unreadable("XML entities are not accepted");
            }
        }
    }

    private static boolean isScalar(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw.isPrimitive() || raw.isEnum() || raw == String.class || Number.class.isAssignableFrom(raw)
                || raw == Boolean.class;
    }

    /** The members of each request type by lower-cased name, introspected once per type. */
    private static final Map<JavaType, Map<String, BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    private static Map<String, BeanPropertyDefinition> properties(JavaType type) {
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
