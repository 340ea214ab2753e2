package com.switchboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.switchboard.api.ApiOperations.Operation;
import com.switchboard.api.dto.ErrorResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The API as an OpenAPI 3.1 document: a path per custom route, a schema per wire type, HTTP Basic
 * as the security scheme. Built once from the same source as the metadata pages ({@link ApiOperations},
 * {@link ApiTypes}).
 */
@Component
class OpenApiDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> MEDIA_TYPES = List.of("application/json", "application/xml");

    private final byte[] document;

    OpenApiDocument(ApiOperations operations) {
        try {
            this.document = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(build(operations.all()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAPI document could not be written", e);
        }
    }

    byte[] bytes() {
        return document.clone();
    }

    static ObjectNode build(List<Operation> operations) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info").put("title", "Switchboard API").put("version", "1.0.0")
                .put("description", "The customers of the voice platform, as the reference ServiceStack service "
                        + "serves them. Every operation requires one of the roles " + MetadataPages.ROLES + ".");
        root.putArray("security").addObject().putArray("basic");
        Deque<Class<?>> pending = new ArrayDeque<>();
        ObjectNode paths = root.putObject("paths");
        for (Operation op : operations) {
            pending.add(op.request()); // every request type is a schema, also those sent as parameters
            for (String route : op.spec().routes()) {
                ObjectNode pathItem = paths.has(route) ? (ObjectNode) paths.get(route) : paths.putObject(route);
                pathItem.set(op.spec().verb().toLowerCase(Locale.ROOT), operation(op, route, pending));
            }
        }
        ObjectNode components = root.putObject("components");
        components.putObject("securitySchemes").putObject("basic").put("type", "http").put("scheme", "basic");
        ObjectNode schemas = components.putObject("schemas");
        pending.add(ErrorResponse.class);
        Set<Class<?>> done = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.poll();
            if (done.add(type)) {
                schemas.set(type.getSimpleName(), schema(type, pending));
            }
        }
        return root;
    }

    private static ObjectNode operation(Operation op, String route, Deque<Class<?>> pending) {
        ObjectNode operation = MAPPER.createObjectNode();
        operation.put("operationId", op.name()).put("summary", op.spec().summary())
                .put("description", "Requires any of the roles: " + String.join(", ", op.roleNames()) + ".");
        operation.putArray("x-roles").addAll(op.roleNames().stream().map(MAPPER.getNodeFactory()::textNode).toList());
        String verb = op.spec().verb();
        List<String> pathParameters = ApiOperations.pathParameters(route);
        ArrayNode parameters = operation.putArray("parameters");
        boolean bodiless = verb.equals("GET") || verb.equals("DELETE");
        for (ApiTypes.Member m : ApiTypes.members(op.request())) {
            boolean inPath = pathParameters.contains(m.name());
            if (!inPath && !bodiless) {
                continue;
            }
            ObjectNode parameter = parameters.addObject().put("name", m.name()).put("in", inPath ? "path" : "query")
                    .put("required", inPath || m.required()).put("description", m.description());
            parameter.set("schema", typeSchema(m.type(), pending));
            if (m.type().toClass() == List.class) {
                parameter.put("style", "form").put("explode", true);
            }
        }
        if (!bodiless) {
            ObjectNode content = operation.putObject("requestBody").put("required", true).putObject("content");
            MEDIA_TYPES.forEach(media -> content.putObject(media).set("schema", ref(op.request(), pending)));
        }
        ObjectNode responses = operation.putObject("responses");
        HttpStatus status = HttpStatus.valueOf(op.spec().status());
        ObjectNode ok = responses.putObject(Integer.toString(status.value())).put("description", status.getReasonPhrase());
        if (op.spec().response() != Void.class) {
            ObjectNode content = ok.putObject("content");
            MEDIA_TYPES.forEach(media -> content.putObject(media).set("schema", ref(op.spec().response(), pending)));
        }
        ObjectNode error = responses.putObject("default")
                .put("description", "A ServiceStack ResponseStatus: 400 invalid input (errors name each field), 401, "
                        + "403, 404 (also a customer out of reach), 405, 409, 413, 415");
        ObjectNode content = error.putObject("content");
        MEDIA_TYPES.forEach(media -> content.putObject(media).set("schema", ref(ErrorResponse.class, pending)));
        return operation;
    }

    private static ObjectNode schema(Class<?> type, Deque<Class<?>> pending) {
        ObjectNode schema = MAPPER.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (ApiTypes.Member m : ApiTypes.members(type)) {
            ObjectNode property = typeSchema(m.type(), pending);
            if (!m.description().isEmpty()) {
                property.put("description", m.description());
            }
            properties.set(m.name(), property);
            if (m.required()) {
                required.add(m.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode typeSchema(ResolvableType type, Deque<Class<?>> pending) {
        Class<?> raw = type.toClass();
        ObjectNode schema = MAPPER.createObjectNode();
        if (raw == String.class) {
            return schema.put("type", "string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return schema.put("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class) {
            return schema.put("type", "integer").put("format", "int32");
        }
        if (raw == long.class || raw == Long.class) {
            return schema.put("type", "integer").put("format", "int64");
        }
        if (raw == double.class || raw == Double.class) {
            return schema.put("type", "number").put("format", "double");
        }
        if (raw.isEnum()) {
            ArrayNode values = schema.put("type", "string").putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (List.class.isAssignableFrom(raw)) {
            schema.put("type", "array").set("items", typeSchema(type.getGeneric(0), pending));
            return schema;
        }
        if (Map.class.isAssignableFrom(raw)) {
            schema.put("type", "object").set("additionalProperties", typeSchema(type.getGeneric(1), pending));
            return schema;
        }
        return ref(raw, pending);
    }

    private static ObjectNode ref(Class<?> type, Deque<Class<?>> pending) {
        pending.add(type);
        return MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + type.getSimpleName());
    }
}
