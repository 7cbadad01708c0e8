package de.koeln.zks.training.internal.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One appointment to export.
 *
 * <p>{@code description}, {@code location} and {@code url} are optional: {@code null} or blank leaves the
 * property out. All other components are required.
 *
 * @param uid         globally unique and stable id of the appointment, e.g. {@code session-12@zks.koeln.de}
 * @param sequence    revision counter (iCalendar SEQUENCE), 0 for the first version; must fit an {@code int}
 * @param summary     title of the appointment
 * @param description free text, may contain line breaks
 * @param location    where it takes place
 * @param url         absolute link to the session in the platform
 * @param startsAt    start (any offset; it is exported in Europe/Berlin local time), second precision
 * @param endsAt      end, strictly after {@code startsAt}
 * @param cancelled   exported as STATUS:CANCELLED instead of STATUS:CONFIRMED
 * @param updatedAt   last change of the appointment (iCalendar LAST-MODIFIED)
 */
public record CalendarEntry(String uid, long sequence, String summary, String description, String location,
    String url, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean cancelled, OffsetDateTime updatedAt) {

    public CalendarEntry {
        requireText(uid, "uid");
        if (uid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("uid must not contain control characters");
        }
        if (sequence < 0 || sequence > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("sequence must be between 0 and " + Integer.MAX_VALUE + ": " + sequence);
        }
        requireText(summary, "summary");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt: " + startsAt + " / " + endsAt);
        }
        if (url != null && !url.isBlank()) {
            requireAbsoluteUri(url);
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireAbsoluteUri(String url) {
        try {
            if (!new URI(url).isAbsolute()) {
                throw new IllegalArgumentException("url must be absolute: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URI: " + url, e);
        }
    }
}
