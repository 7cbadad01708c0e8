package de.koeln.zks.platform.api.problem;

import java.util.List;
import java.util.Map;

/** 412: the client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedException extends ApiException {
    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(long expected, long current) {
        super(412, "Precondition failed",
            "The record was changed meanwhile: you sent version " + expected + ", the current version is " + current,
            List.of(), Map.of("currentVersion", current));
    }
}
