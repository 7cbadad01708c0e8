package de.koeln.zks.platform.rest.internal.ext;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.http.ApiJson;

/** Turns Jackson's reading errors into problems a client can act on: which field, what was expected. */
public final class JsonProblems {
    /** The name of the whole body when no field can be named. */
    public static final String BODY = "(body)";

    private JsonProblems() {
    }

    /**
     * @param context where the parser stood when it failed, to name the field of errors that carry no
     *                path of their own (over-long strings, broken syntax); may be null
     */
    public static ApiException toValidation(JsonProcessingException e, JsonStreamContext context) {
        StreamConstraintsException limit = constraint(e);
        if (limit != null) {
            String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
            if (field.isEmpty()) {
                field = context == null ? BODY : pathOf(context);
            }
            return new ValidationException(field, describe(limit));
        }
        if (e instanceof JsonParseException parse) {
            return new ValidationException(BODY, "is not valid JSON: " + firstLine(parse.getOriginalMessage())
                + location(e));
        }
        if (e instanceof JsonMappingException mapping) {
            String mapped = path(mapping.getPath());
            String field = mapped.isEmpty() && context != null ? pathOf(context) : mapped;
            if (e instanceof UnrecognizedPropertyException unknown) {
                return new ValidationException(field, "is not a known field; known are " + unknown.getKnownPropertyIds());
            }
            if (e instanceof InvalidFormatException format) {
                return new ValidationException(field, describeExpected(format.getTargetType(), format.getValue()));
            }
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                // without a path of its own, the mismatch is the document itself (e.g. a list where an object
                // belongs), even when the parser already stands inside it
                return new ValidationException(mapped.isEmpty() ? BODY : mapped, "must be " + typeName(mismatch.getTargetType()));
            }
            Throwable cause = e.getCause();
            String message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
            return new ValidationException(field.isEmpty() ? BODY : field, "cannot be read: " + firstLine(message));
        }
        return new ValidationException(BODY, "cannot be read: " + firstLine(e.getOriginalMessage()));
    }

    private static StreamConstraintsException constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    /** Jackson's limits in the client's words, without the names of Jackson's own classes. */
    private static String describe(StreamConstraintsException limit) {
        String message = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
        if (message.startsWith("String value length")) {
            return "is too long (more than " + ApiJson.MAX_STRING_LENGTH + " characters; the field itself may allow far fewer)";
        }
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return "is a number with too many digits";
        }
        if (message.contains("nesting depth")) {
            return "is nested too deeply: at most " + ApiJson.MAX_NESTING_DEPTH + " levels of objects and lists";
        }
        return "exceeds a limit of the JSON reader";
    }

    private static String describeExpected(Class<?> type, Object value) {
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return "'" + value + "' is not one of " + allowed;
        }
        return "'" + value + "' is not " + typeName(type);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        String simple = type.getSimpleName();
        switch (simple) {
            case "OffsetDateTime":
            case "ZonedDateTime":
                return "a date-time with offset (ISO-8601, e.g. 2026-11-20T10:15:00+01:00)";
            case "LocalDate":
                return "a date (ISO-8601, e.g. 2026-11-20)";
            case "Integer":
            case "int":
            case "Long":
            case "long":
                return "a whole number";
            case "Boolean":
            case "boolean":
                return "true or false";
            case "String":
                return "a text";
            default:
                if (List.class.isAssignableFrom(type) || type.isArray()) {
                    return "a list";
                }
                return "a JSON object";
        }
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String pathOf(JsonStreamContext context) {
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        if (path.isEmpty()) {
            return BODY;
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
            : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
