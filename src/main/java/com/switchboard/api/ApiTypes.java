package com.switchboard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.switchboard.api.dto.ApiMember;
import com.switchboard.api.dto.IntegrationData;
import com.switchboard.api.dto.Value;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;

/**
 * What the wire types look like, read from the classes themselves: their members (JSON names, types
 * as ServiceStack's metadata names them, descriptions and required flags from {@link ApiMember}),
 * and a populated example of each, for the samples the real serializers write.
 */
final class ApiTypes {

    private ApiTypes() {}

    /** One member of a wire type. */
    record Member(String name, ResolvableType type, String dataType, boolean required, String description) {}

    /** The members of {@code type}, those of its base classes first, each in declaration order. */
    static List<Member> members(Class<?> type) {
        Deque<Class<?>> line = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            line.push(c);
        }
        List<Member> members = new ArrayList<>();
        for (Class<?> c : line) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                ResolvableType fieldType = ResolvableType.forField(field, type);
                ApiMember about = field.getAnnotation(ApiMember.class);
                members.add(new Member(jsonName(field), fieldType, dataType(fieldType), about != null && about.required(),
                        about == null ? "" : about.description()));
            }
        }
        return members;
    }

    private static String jsonName(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : field.getName();
    }

    /** The type as ServiceStack's metadata writes it: {@code string}, {@code bool}, {@code List<Tag>}, … */
    static String dataType(ResolvableType type) {
        Class<?> raw = type.toClass();
        if (raw == String.class) return "string";
        if (raw == boolean.class) return "bool";
        if (raw == Boolean.class) return "bool?";
        if (raw == int.class) return "int";
        if (raw == Integer.class) return "int?";
        if (raw == long.class) return "long";
        if (raw == Long.class) return "long?";
        if (raw == double.class) return "double";
        if (raw == Double.class) return "double?";
        if (List.class.isAssignableFrom(raw)) {
            return "List<" + dataType(type.getGeneric(0)) + ">";
        }
        if (Map.class.isAssignableFrom(raw)) {
            Class<?> value = type.getGeneric(1).toClass();
            if (value == Value.class) return "Struct";
            if (value == IntegrationData.class) return "EntityIntegrationData";
            return "Dictionary<string, " + dataType(type.getGeneric(1)) + ">";
        }
        return raw.getSimpleName();
    }

    /** Is this a wire type of our own (described by its members), rather than a value or collection? */
    static boolean isComplex(Class<?> raw) {
        return raw.getPackageName().equals(Value.class.getPackageName()) && !raw.isEnum();
    }

    /**
     * An instance of {@code type} with every member filled as ServiceStack's samples fill them:
     * {@code "String"}, {@code 0}, {@code false}, an enum's first value, one item per list, one
     * entry per dictionary; a Struct stays null (it would hold itself), as in the reference's sample.
     */
    static Object example(Class<?> type) {
        return example(type, new HashSet<>());
    }

    private static Object example(Class<?> type, Set<Class<?>> inProgress) {
        if (!inProgress.add(type)) {
            return null;
        }
        try {
            Object instance = type.getDeclaredConstructor().newInstance();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.set(instance, exampleValue(ResolvableType.forField(field, type), inProgress));
                    }
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No example of " + type.getSimpleName(), e);
        } finally {
            inProgress.remove(type);
        }
    }

    private static Object exampleValue(ResolvableType type, Set<Class<?>> inProgress) {
        Class<?> raw = type.toClass();
        if (raw == String.class) return "String";
        if (raw == boolean.class || raw == Boolean.class) return false;
        if (raw == int.class || raw == Integer.class) return 0;
        if (raw == long.class || raw == Long.class) return 0L;
        if (raw == double.class || raw == Double.class) return 0.0;
        if (raw.isEnum()) return raw.getEnumConstants()[0];
        if (List.class.isAssignableFrom(raw)) {
            Object item = exampleValue(type.getGeneric(0), inProgress);
            return item == null ? null : List.of(item);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (type.getGeneric(1).toClass() == Value.class) {
                return null;
            }
            Object value = exampleValue(type.getGeneric(1), inProgress);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("String", value);
            return value == null ? null : map;
        }
        return isComplex(raw) ? example(raw, inProgress) : null;
    }
}
