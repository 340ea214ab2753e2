package com.switchboard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.switchboard.api.dto.ErrorResponse;
import com.switchboard.api.dto.ResponseError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Turns wire objects into answers in the chosen format. */
final class ApiResponses {

    /** JSON as the reference writes it: camelCase members, nulls left out, numbers without ".0". */
    static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // types are what the DTO says: no number or boolean as text, no text or number as a boolean
            .withCoercionConfig(LogicalType.Textual, strict(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Boolean, strict(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.String))
            .withCoercionConfig(LogicalType.Integer, strict(CoercionInputShape.String, CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Float, strict(CoercionInputShape.String, CoercionInputShape.Boolean))
            .addModule(new SimpleModule().addSerializer(Double.class, new NumberSerializer())
                    .addSerializer(double.class, new NumberSerializer()))
            .build();

    private ApiResponses() {}

    private static Consumer<MutableCoercionConfig> strict(CoercionInputShape... refused) {
        return config -> {
            for (CoercionInputShape shape : refused) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }

    static ResponseEntity<byte[]> ok(Object body, WireFormat format) {
        return answer(HttpStatus.OK, body, format);
    }

    static ResponseEntity<byte[]> answer(HttpStatus status, Object body, WireFormat format) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, format.contentType)
                .body(serialize(body, format));
    }

    static ResponseEntity<byte[]> error(HttpStatus status, String errorCode, String message,
            List<ResponseError> errors, WireFormat format) {
        return answer(status, ErrorResponse.of(errorCode, message, errors), format);
    }

    /** A status's reason phrase ({@code Not Found}); {@code Error} for one that HTTP does not name. */
    static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** ServiceStack's error code for a bare HTTP status: its reason phrase without spaces ({@code NotFound}). */
    static String errorCode(int status) {
        return reason(status).replaceAll("[^A-Za-z]", "");
    }

    /** Writes an error straight to the servlet response (for the security filters). */
    static void writeError(HttpServletResponse response, HttpStatusCode status, String errorCode, String message,
            WireFormat format) throws IOException {
        response.setStatus(status.value());
        response.setContentType(format.contentType);
        response.getOutputStream().write(serialize(ErrorResponse.of(errorCode, message, List.of()), format));
    }

    static byte[] serialize(Object body, WireFormat format) {
        if (format == WireFormat.XML) {
            return DataContractXml.write(body).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unserializable answer", e);
        }
    }

    private static final class NumberSerializer extends StdSerializer<Double> {
        NumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeString(value.toString());
            } else {
                gen.writeNumber(DataContractXml.formatNumber(value));
            }
        }
    }
}
