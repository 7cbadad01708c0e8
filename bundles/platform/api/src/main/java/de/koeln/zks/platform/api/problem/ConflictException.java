package de.koeln.zks.platform.api.problem;

import java.util.List;
import java.util.Map;

/** 409: the request contradicts the record's state (e.g. an illegal status transition). */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(409, "Conflict", detail);
    }

    public ConflictException(String detail, Map<String, Object> extensions) {
        super(409, "Conflict", detail, List.of(), extensions);
    }
}
