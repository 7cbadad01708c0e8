package de.koeln.zks.platform.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.koeln.zks.platform.api.problem.ValidationException;

/**
 * Typed reading of query parameters that names the parameter when a value is wrong (JAX-RS's own
 * conversion would answer 404 or a bare 400).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "'" + value + "' is not one of " + allowed(type));
        }
    }

    /**
     * A yes/no parameter: {@code true} or {@code false} (any case); absent or blank is {@code false}.
     *
     * @since 1.2
     */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ValidationException(name, "'" + value + "' is neither true nor false");
        }
        return v.equals("true");
    }

    /**
     * A record id: a whole number, or null when absent or blank.
     *
     * @since 1.2
     */
    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "'" + value + "' is not an id");
        }
    }

    /** A comma-separated or repeated list of enum values, e.g. {@code kind=THREAT,INSULT}. */
    public static <E extends Enum<E>> Set<E> enumSet(String name, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                E e = enumValue(name, part, type);
                if (e != null) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    /**
     * @deprecated a bare date was read as midnight UTC; use {@link #periodStart} or {@link #periodEnd}, which read
     *             it as a day in {@link UtcTimes#LOCAL_ZONE}
     */
    @Deprecated
    public static OffsetDateTime dateTime(String name, String value) {
        return read(name, value, date -> date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /**
     * The first moment of a period: a date-time with offset as given, or a date ({@code 2026-11-01}) meaning the
     * start of that day in Cologne.
     */
    public static OffsetDateTime periodStart(String name, String value) {
        return read(name, value, date -> date.atStartOfDay(UtcTimes.LOCAL_ZONE).toOffsetDateTime());
    }

    /**
     * The end of a period, itself no longer part of it: a date-time with offset as given, or a date
     * ({@code 2026-11-30}) meaning that whole day in Cologne is included, i.e. the start of the next day.
     * {@code from=2026-11-01&to=2026-11-30} is November.
     */
    public static OffsetDateTime periodEnd(String name, String value) {
        return read(name, value, date -> date.plusDays(1).atStartOfDay(UtcTimes.LOCAL_ZONE).toOffsetDateTime());
    }

    private static OffsetDateTime read(String name, String value, Function<LocalDate, OffsetDateTime> ofDate) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return ofDate.apply(LocalDate.parse(text));
            } catch (DateTimeParseException e2) {
                throw new ValidationException(name,
                    "'" + value + "' is not a date (2026-11-20) or a date-time with offset (2026-11-20T10:15:00+01:00)");
            }
        }
    }

    public static List<Integer> integers(String name, List<String> values, int min, int max) {
        List<Integer> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    int n = Integer.parseInt(part.strip());
                    if (n < min || n > max) {
                        throw new ValidationException(name, "must be between " + min + " and " + max + " (got " + n + ")");
                    }
                    result.add(n);
                } catch (NumberFormatException e) {
                    throw new ValidationException(name, "'" + part + "' is not a whole number");
                }
            }
        }
        return result;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
