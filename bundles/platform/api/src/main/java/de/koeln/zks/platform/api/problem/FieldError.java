package de.koeln.zks.platform.api.problem;

/** One offending field of a request: its JSON path (e.g. {@code location.building}) and what is wrong. */
public class FieldError {
    public String field;
    public String message;

    public FieldError() {
    }

    public FieldError(String field, String message) {
        this.field = field;
        this.message = message;
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
