package de.koeln.zks.training.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationException;

/** Test helpers: parse rendered output back with ical4j and look at its content lines. */
final class Ics {

    private Ics() {
    }

    /** Parses with ical4j's CalendarBuilder and asserts that ical4j's validator finds no error. */
    static Calendar parseValid(String ics) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse the output", e);
        }
        try {
            assertThat(calendar.validate().getEntries()).as("ical4j validation of\n%s", ics).isEmpty();
        } catch (ValidationException e) {
            throw new AssertionError("ical4j validation failed", e);
        }
        return calendar;
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String value(Component component, String property) {
        Property p = component.getProperty(property);
        return p == null ? null : p.getValue();
    }

    static String value(Calendar calendar, String property) {
        Property p = calendar.getProperty(property);
        return p == null ? null : p.getValue();
    }

    static Instant instant(Component component, String property) {
        DateProperty p = component.getProperty(property);
        return Instant.ofEpochMilli(p.getDate().getTime());
    }

    /** Physical lines (folded as emitted); asserts CRLF line ends throughout. */
    static List<String> lines(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        return Arrays.asList(ics.split("\r\n"));
    }

    /** Logical content lines: folds removed. */
    static List<String> contentLines(String ics) {
        return lines(ics.replace("\r\n ", ""));
    }

    static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }
}
