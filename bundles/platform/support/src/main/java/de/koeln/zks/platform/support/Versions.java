package de.koeln.zks.platform.support;

import de.koeln.zks.platform.api.problem.PreconditionFailedException;
import de.koeln.zks.platform.api.problem.ValidationException;

/** Optimistic locking over HTTP: a record's {@code version} is its strong ETag. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Reads an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}; null when absent
     * or {@code *}.
     */
    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }

    /** Fails with 412 when the client expected another version than the stored one. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new PreconditionFailedException(expected, current);
        }
    }
}
