package de.koeln.zks.platform.support.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the API: strict on input, ISO-8601 timestamps with offset on output, no
 * {@code null} members. The REST applications read and write with it; a module's own servlet under {@code /api}
 * writes with {@link #bytes(Object)} so that its answers look the same.
 */
public final class ApiJson {
    /** Longest single string value read; longer ones fail with the field named (fields have smaller limits). */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Deepest nesting of a request. */
    public static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper SHARED = create();

    private ApiJson() {
    }

    /** A new mapper with the API's configuration (the JAX-RS provider holds its own). */
    public static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build());
        return mapper;
    }

    /** {@code value} as UTF-8 JSON, exactly as the REST API writes it (one line). */
    public static byte[] bytes(Object value) {
        try {
            return SHARED.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getName() + " as JSON", e);
        }
    }
}
