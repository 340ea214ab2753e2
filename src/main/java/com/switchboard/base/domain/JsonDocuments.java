package com.switchboard.base.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stored form of {@link JsonDocument}s: stable, independent of the web layer's JSON, and also
 * what the change history shows of a structured value.
 * <p>
 * Reading a document is a pure function of its text, and documents are immutable, so the documents
 * read recently are kept by their exact text (up to {@value #CACHED_CHARACTERS} characters of text in
 * all, each at most {@value #LARGEST_CACHED} long) and shared: the same customer read again, or many
 * customers with the same settings, cost no parsing. There is nothing to invalidate, on this instance
 * or any other: changed text is a different key.
 */
public final class JsonDocuments {

    static final int LARGEST_CACHED = 16 * 1024;
    static final long CACHED_CHARACTERS = 8L * 1024 * 1024;

    private record Key(Class<?> type, String json) {}

    private static final Cache<Key, Object> READ = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARACTERS)
            .weigher((Key key, Object document) -> key.json().length())
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonDocuments() {}

    public static String toJson(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable document " + document.getClass().getSimpleName(), e);
        }
    }

    /** Reads a document; {@link JsonDocument}s are shared with earlier reads of the same text. */
    public static <T> T fromJson(String json, Class<T> type) {
        if (!JsonDocument.class.isAssignableFrom(type) || json.length() > LARGEST_CACHED) {
            return parse(json, type);
        }
        return type.cast(READ.get(new Key(type, json), key -> parse(json, type)));
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON document for " + type.getSimpleName(), e);
        }
    }
}
