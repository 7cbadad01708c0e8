package de.koeln.zks.platform.support;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.api.problem.ValidationException;

/**
 * Collects every offending field of a request before anything is stored, then fails once with all of
 * them ({@link #throwIfInvalid()}), so a client learns every mistake in one answer.
 */
public final class Validator {
    /** Clocks of clients drift: a time up to this far ahead still counts as "now". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final List<FieldError> errors = new ArrayList<>();

    public <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            reject(field, "is required");
        }
        return value;
    }

    /** An optional text of at most {@code maxLength} characters; blank counts as absent (null). */
    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters (got " + trimmed.length() + ")");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            reject(field, "must not contain control characters");
        }
        return trimmed;
    }

    public String requiredText(String field, String value, int maxLength) {
        required(field, value);
        return text(field, value, maxLength);
    }

    public Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            reject(field, "must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    public void notInFuture(String field, OffsetDateTime value, Clock clock) {
        if (value != null && value.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            reject(field, "must not be in the future");
        }
    }

    public void maxItems(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            reject(field, "must have at most " + max + " entries (got " + values.size() + ")");
        }
    }

    public void check(boolean ok, String field, String message) {
        if (!ok) {
            reject(field, message);
        }
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
