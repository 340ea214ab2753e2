package com.switchboard.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.switchboard.api.dto.Namespaces;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a DataContract XML request body into a JSON tree shaped like its request type, for
 * {@link RequestReader}: no DTD, no entities, no external resources, UTF-8 only; a member or
 * dictionary key given twice, and a character reference XML does not allow ({@code &#0;}), are
 * refused naming the member.
 */
final class DataContractXmlReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final XMLInputFactory XML_INPUT = secureXmlInput();

    private DataContractXmlReader() {}

    private static XMLInputFactory secureXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        if (factory.isPropertySupported(LAZY_PARSING)) {
            // a bad character reference (&#0;) is then refused by next(), not by a later getText()
            factory.setProperty(LAZY_PARSING, false);
        }
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are not allowed");
        });
        return factory;
    }

    /** Woodstox's switch for reading text only when asked for it. */
    private static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";

    /**
     * Reads a DataContract document into a tree shaped like {@code type}, refusing DTDs, entities,
     * an encoding other than UTF-8, a member given twice, and text XML does not allow (naming the member).
     */
    static JsonNode read(String body, JavaType type) {
        XMLStreamReader reader = null;
        try {
            reader = XML_INPUT.createXMLStreamReader(new StringReader(body));
            String declared = reader.getCharacterEncodingScheme();
            if (declared != null && !declared.equalsIgnoreCase("utf-8") && !declared.equalsIgnoreCase("utf8")) {
                throw ApiException.unreadable("The request body must be UTF-8, not " + declared);
            }
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
                    JsonNode node = element(reader, type, "");
                    return node.isObject() ? node : NODES.objectNode();
                }
            }
            throw ApiException.unreadable("The XML body has no root element");
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ApiException refused) {
                throw refused;
            }
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

    /** The element the reader is on, as a tree shaped like {@code type}; {@code at} names it in errors. */
    private static JsonNode element(XMLStreamReader reader, JavaType type, String at) throws XMLStreamException {
        if ("true".equals(reader.getAttributeValue(Namespaces.XSI, "nil"))) {
            skip(reader);
            return NODES.nullNode();
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            ArrayNode list = NODES.arrayNode();
            while (nextChild(reader, at)) {
                list.add(element(reader, type.getContentType(), at + "[" + list.size() + "]"));
            }
            return list;
        }
        if (type.isMapLikeType()) {
            ObjectNode map = NODES.objectNode();
            while (nextChild(reader, at)) {
                String key = null;
                JsonNode value = NODES.nullNode();
                while (nextChild(reader, at)) {
                    if (reader.getLocalName().equals("Key")) {
                        key = text(reader, at);
                    } else if (reader.getLocalName().equals("Value")) {
                        value = element(reader, type.getContentType(), at);
                    } else {
                        skip(reader);
                    }
                }
                if (key != null) {
                    if (map.has(key)) {
                        throw ApiException.invalidField("SerializationException", RequestReader.fieldPath(at),
                                "'" + RequestReader.fieldPath(at) + "' has the key '" + key + "' more than once.");
                    }
                    map.set(key, value);
                }
            }
            return map;
        }
        if (isScalar(type)) {
            return RequestReader.typed(text(reader, at), type);
        }
        Map<String, BeanPropertyDefinition> properties = RequestReader.properties(type);
        ObjectNode object = NODES.objectNode();
        while (nextChild(reader, at)) {
            BeanPropertyDefinition property = properties.get(reader.getLocalName().toLowerCase(Locale.ROOT));
            if (property == null) {
                skip(reader);
                continue;
            }
            String member = at.isEmpty() ? property.getName() : at + "." + property.getName();
            if (object.has(property.getName())) {
                throw ApiException.invalidField("SerializationException", RequestReader.fieldPath(member),
                        "'" + RequestReader.fieldPath(member) + "' is given more than once.");
            }
            object.set(property.getName(), element(reader, property.getPrimaryType(), member));
        }
        return object;
    }

    /** The text of a scalar element; a character XML does not allow there is refused naming the member. */
    private static String text(XMLStreamReader reader, String at) {
        StringBuilder text = new StringBuilder();
        try {
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
        } catch (XMLStreamException | IllegalStateException e) {
            throw ApiException.invalidField("SerializationException", RequestReader.fieldPath(at),
                    "'" + RequestReader.fieldPath(at) + "' is not valid XML text: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
    }

    /** Moves to the next child element; false at the end of the current element. */
    private static boolean nextChild(XMLStreamReader reader, String at) throws XMLStreamException {
        while (true) {
            int event;
            try {
                event = reader.next();
            } catch (XMLStreamException e) {
                if (at.isEmpty()) {
                    throw e;
                }
                throw ApiException.invalidField("SerializationException", RequestReader.fieldPath(at),
                        "'" + RequestReader.fieldPath(at) + "' is not valid XML: " + firstLine(e.getMessage()));
            }
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
}
