package de.koeln.zks.platform.api.problem;

import java.util.List;
import java.util.Map;

/** A failure a client caused or must know about; the REST layer answers it with its status as problem+json. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    public ApiException(int status, String title, String detail, List<FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The offending fields, empty unless the request itself was invalid. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Further members of the problem document (e.g. {@code allowed} transitions). */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
