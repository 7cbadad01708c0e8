package de.koeln.zks.platform.api.problem;

import java.util.List;
import java.util.Map;

/** The request is invalid: 400 with every offending field named. */
public class ValidationException extends ApiException {
    private static final long serialVersionUID = 1L;

    public ValidationException(List<FieldError> errors) {
        super(400, "Invalid request", describe(errors), errors, Map.of());
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).toString();
        }
        return errors.size() + " fields are invalid: " + errors;
    }
}
