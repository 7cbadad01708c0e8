package de.koeln.zks.training.internal.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Renders course sessions as an iCalendar (RFC 5545) document for {@code text/calendar; charset=UTF-8}.
 *
 * <p>All content is built and escaped by ical4j; free text is normalised first (line breaks to LF, control
 * characters removed, outer white space stripped). Times are exported in Europe/Berlin local time with a VTIMEZONE
 * (see {@link BerlinTimeZone}), DTSTAMP and LAST-MODIFIED in UTC; sub-second precision is dropped. The result is
 * validated with ical4j's validator and folded at 75 octets ({@link ContentLines}). Never accesses the network.
 * Thread-safe.
 */
public final class CalendarRenderer {

    static final String PRODUCT_ID = "-//Stadt Koeln//ZKS Case Platform//DE";

    static final String CALENDAR_NAME = "X-WR-CALNAME";

    /** CRLF and lone CR become LF, which ical4j escapes as {@code \n}. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

    /** Control characters RFC 5545 TEXT does not allow (TAB and LF are kept). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private CalendarRenderer() {
    }

    /**
     * @param name    the calendar's name (X-WR-CALNAME), e.g. "Meine Schulungen"
     * @param entries the appointments, exported in the given order; UIDs must be unique
     * @param clock   source of DTSTAMP (the time the document is generated)
     * @return the iCalendar document, lines separated by CRLF; encode it as UTF-8
     * @throws IllegalArgumentException for duplicate UIDs or times that Europe/Berlin's current rules cannot express
     *                                  (before 1996-10-27)
     */
    public static String render(String name, List<CalendarEntry> entries, Clock clock) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(clock, "clock");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        requireUniqueUids(entries);

        VTimeZone vTimeZone = BerlinTimeZone.currentRules();
        TimeZone timeZone = new TimeZone(vTimeZone);
        DateTime stamp = utc(clock.instant());

        Calendar calendar = new Calendar();
        PropertyList<Property> properties = calendar.getProperties();
        properties.add(new ProdId(PRODUCT_ID));
        properties.add(Version.VERSION_2_0);
        properties.add(CalScale.GREGORIAN);
        properties.add(Method.PUBLISH);
        properties.add(new XProperty(CALENDAR_NAME, text(name)));
        // Always present, also without events: RFC 5545 requires at least one component in a VCALENDAR.
        calendar.getComponents().add(vTimeZone);
        for (CalendarEntry entry : entries) {
            calendar.getComponents().add(event(entry, timeZone, stamp));
        }

        requireValid(calendar);
        return ContentLines.fold(calendar.toString());
    }

    private static VEvent event(CalendarEntry entry, TimeZone timeZone, DateTime stamp) {
        VEvent event = new VEvent(false); // false: no DTSTAMP from the system clock
        PropertyList<Property> properties = event.getProperties();
        properties.add(new Uid(entry.uid()));
        properties.add(new DtStamp(stamp));
        properties.add(new Sequence((int) entry.sequence()));
        properties.add(new DtStart(local(entry.startsAt(), timeZone)));
        properties.add(new DtEnd(local(entry.endsAt(), timeZone)));
        properties.add(new Summary(text(entry.summary())));
        if (isGiven(entry.description())) {
            properties.add(new Description(text(entry.description())));
        }
        if (isGiven(entry.location())) {
            properties.add(new Location(text(entry.location())));
        }
        if (isGiven(entry.url())) {
            properties.add(new Url(URI.create(entry.url())));
        }
        properties.add(entry.cancelled() ? Status.VEVENT_CANCELLED : Status.VEVENT_CONFIRMED);
        properties.add(new LastModified(utc(entry.updatedAt().toInstant())));
        return event;
    }

    /**
     * Europe/Berlin local time with TZID; UTC for the hour that occurs twice when summer time ends, because a
     * local time there is ambiguous (RFC 5545 says it means the first occurrence, ical4j reads it as the second).
     */
    private static DateTime local(OffsetDateTime value, TimeZone timeZone) {
        Instant instant = value.toInstant().truncatedTo(ChronoUnit.SECONDS);
        BerlinTimeZone.requireJdkAgreement(timeZone, instant);
        if (BerlinTimeZone.isAmbiguousLocalTime(instant)) {
            return utc(instant);
        }
        DateTime dateTime = new DateTime(instant.toEpochMilli());
        dateTime.setTimeZone(timeZone);
        return dateTime;
    }

    private static DateTime utc(Instant instant) {
        DateTime dateTime = new DateTime(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        dateTime.setUtc(true);
        return dateTime;
    }

    private static boolean isGiven(String value) {
        return value != null && !text(value).isBlank();
    }

    /**
     * Normalises free text before ical4j escapes it: CRLF/CR to LF, control characters other than TAB and LF
     * removed, leading and trailing white space stripped (parsers, ical4j's included, drop it inconsistently).
     */
    private static String text(String value) {
        return CONTROL.matcher(LINE_BREAK.matcher(value).replaceAll("\n")).replaceAll("").strip();
    }

    private static void requireUniqueUids(List<CalendarEntry> entries) {
        Set<String> uids = new HashSet<>();
        for (CalendarEntry entry : entries) {
            Objects.requireNonNull(entry, "entry");
            if (!uids.add(entry.uid())) {
                throw new IllegalArgumentException("Duplicate UID " + entry.uid());
            }
        }
    }

    private static void requireValid(Calendar calendar) {
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j rejected the calendar", e);
        }
        // CalendarOutputter only logs validation errors in ical4j 3.2.19, so check them here.
        if (result.hasErrors()) {
            throw new IllegalStateException("ical4j rejected the calendar: " + result.getEntries());
        }
    }
}
