package de.koeln.zks.platform.rest.internal.ext;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.koeln.zks.platform.support.http.ApiJson;

/** The one JSON configuration of the API, kept in platform support ({@link ApiJson}) so that servlets share it. */
public final class JsonMapper {
    /** Longest single string value read; longer ones fail with the field named (fields have smaller limits). */
    public static final int MAX_STRING_LENGTH = ApiJson.MAX_STRING_LENGTH;
    /** Deepest nesting of a request. */
    public static final int MAX_NESTING_DEPTH = ApiJson.MAX_NESTING_DEPTH;

    private JsonMapper() {
    }

    public static ObjectMapper create() {
        return ApiJson.create();
    }
}
