package de.koeln.zks.benchmarks.alarm;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The little JSON the alarm driver needs, through Jackson: objects read as maps (integral numbers as
 * {@code Long}), fields taken out of them, and strings quoted for the request bodies.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(DeserializationFeature.USE_LONG_FOR_INTS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private Json() { }

    /** Parses a complete JSON text; throws {@link IllegalArgumentException} when it is not valid JSON. */
    static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a JSON object; throws {@link IllegalArgumentException} for anything else. */
    static Map<String, Object> object(String text) {
        try {
            Map<String, Object> map = MAPPER.readValue(text, OBJECT);
            if (map == null) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + text, e);
        }
    }

    /** The field as a whole number, also when it was sent as a numeric string ({@code "id":"17"}). */
    static OptionalLong longField(Map<String, Object> object, String key) {
        Object v = object.get(key);
        if (v instanceof Long l) {
            return OptionalLong.of(l);
        }
        if (v instanceof Integer i) {
            return OptionalLong.of(i);
        }
        if (v instanceof String s) {
            try {
                return OptionalLong.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    static Optional<String> stringField(Map<String, Object> object, String key) {
        return object.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The string as a JSON string literal, quotes included. */
    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
    }
}
