package de.koeln.zks.training.internal.calendar;

import static de.koeln.zks.training.internal.calendar.Ics.contentLines;
import static de.koeln.zks.training.internal.calendar.Ics.events;
import static de.koeln.zks.training.internal.calendar.Ics.instant;
import static de.koeln.zks.training.internal.calendar.Ics.lines;
import static de.koeln.zks.training.internal.calendar.Ics.octets;
import static de.koeln.zks.training.internal.calendar.Ics.parseValid;
import static de.koeln.zks.training.internal.calendar.Ics.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.junit.jupiter.api.Test;

class CalendarRendererTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:15:30.250Z"), ZoneOffset.UTC);

    private static final OffsetDateTime UPDATED = OffsetDateTime.parse("2025-05-30T14:00:00+02:00");

    private static CalendarEntry session(String uid, String startsAt, String endsAt) {
        return new CalendarEntry(uid, 0, "Datenschutz Grundlagen", null, null, null,
            OffsetDateTime.parse(startsAt), OffsetDateTime.parse(endsAt), false, UPDATED);
    }

    private static String render(CalendarEntry... entries) {
        return CalendarRenderer.render("Meine Schulungen", List.of(entries), CLOCK);
    }

    @Test
    void rendersANormalSession() {
        CalendarEntry entry = new CalendarEntry("session-12@zks.koeln.de", 2, "Datenschutz Grundlagen",
            "Einführung in die DSGVO", "Stadthaus Deutz, Raum 3.14", "https://zks.koeln.de/schulungen/12",
            OffsetDateTime.parse("2025-07-15T09:00:00+02:00"), OffsetDateTime.parse("2025-07-15T12:30:00+02:00"),
            false, UPDATED);

        String ics = render(entry);

        assertThat(contentLines(ics)).startsWith(
            "BEGIN:VCALENDAR",
            "PRODID:-//Stadt Koeln//ZKS Case Platform//DE",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Meine Schulungen",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin");
        assertThat(contentLines(ics)).endsWith(
            "BEGIN:VEVENT",
            "UID:session-12@zks.koeln.de",
            "DTSTAMP:20250602T081530Z",
            "SEQUENCE:2",
            "DTSTART;TZID=Europe/Berlin:20250715T090000",
            "DTEND;TZID=Europe/Berlin:20250715T123000",
            "SUMMARY:Datenschutz Grundlagen",
            "DESCRIPTION:Einführung in die DSGVO",
            "LOCATION:Stadthaus Deutz\\, Raum 3.14",
            "URL:https://zks.koeln.de/schulungen/12",
            "STATUS:CONFIRMED",
            "LAST-MODIFIED:20250530T120000Z",
            "END:VEVENT",
            "END:VCALENDAR");

        Calendar calendar = parseValid(ics);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Meine Schulungen");
        VEvent event = events(calendar).get(0);
        assertThat(value(event, Property.UID)).isEqualTo("session-12@zks.koeln.de");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Datenschutz Grundlagen");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Einführung in die DSGVO");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Stadthaus Deutz, Raum 3.14");
        assertThat(value(event, Property.URL)).isEqualTo("https://zks.koeln.de/schulungen/12");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2025-07-15T07:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2025-07-15T10:30:00Z"));
        assertThat(instant(event, Property.DTSTAMP)).isEqualTo(Instant.parse("2025-06-02T08:15:30Z"));
        assertThat(instant(event, Property.LAST_MODIFIED)).isEqualTo(Instant.parse("2025-05-30T12:00:00Z"));
    }

    @Test
    void includesOnlyTheCurrentEuropeBerlinRulesAsVTimeZone() {
        String ics = render(session("s@zks.koeln.de", "2025-07-15T09:00:00+02:00", "2025-07-15T10:00:00+02:00"));

        List<String> lines = contentLines(ics);
        int begin = lines.indexOf("BEGIN:VTIMEZONE");
        int end = lines.indexOf("END:VTIMEZONE");
        assertThat(lines.subList(begin, end + 1)).containsExactly(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT",
            "TZNAME:CEST",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZNAME:CET",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");
    }

    @Test
    void marksACancelledSession() {
        CalendarEntry cancelled = new CalendarEntry("session-13@zks.koeln.de", 5, "Brandschutzhelfer", null, null,
            null, OffsetDateTime.parse("2025-09-01T13:00:00+02:00"), OffsetDateTime.parse("2025-09-01T16:00:00+02:00"),
            true, OffsetDateTime.parse("2025-08-20T10:00:00Z"));

        String ics = render(cancelled);

        assertThat(contentLines(ics)).contains("STATUS:CANCELLED", "SEQUENCE:5").doesNotContain("STATUS:CONFIRMED");
        VEvent event = events(parseValid(ics)).get(0);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("5");
        assertThat(instant(event, Property.LAST_MODIFIED)).isEqualTo(Instant.parse("2025-08-20T10:00:00Z"));
    }

    @Test
    void leavesOutOptionalPropertiesThatAreNotGiven() {
        CalendarEntry entry = new CalendarEntry("session-14@zks.koeln.de", 0, "Excel", null, "  ", "",
            OffsetDateTime.parse("2025-09-01T13:00:00+02:00"), OffsetDateTime.parse("2025-09-01T16:00:00+02:00"),
            false, UPDATED);

        String ics = render(entry);

        assertThat(contentLines(ics)).noneMatch(line -> line.startsWith("DESCRIPTION"))
            .noneMatch(line -> line.startsWith("LOCATION"))
            .noneMatch(line -> line.startsWith("URL"));
        parseValid(ics);
    }

    @Test
    void showsSummerAndWinterTimeWithTheRightOffsets() {
        CalendarEntry july = session("july@zks.koeln.de", "2025-07-15T07:00:00Z", "2025-07-15T08:30:00Z");
        CalendarEntry january = session("january@zks.koeln.de", "2026-01-15T08:00:00Z", "2026-01-15T09:30:00Z");

        String ics = render(july, january);

        assertThat(contentLines(ics)).contains(
            "DTSTART;TZID=Europe/Berlin:20250715T090000", "DTEND;TZID=Europe/Berlin:20250715T103000",
            "DTSTART;TZID=Europe/Berlin:20260115T090000", "DTEND;TZID=Europe/Berlin:20260115T103000");
        List<VEvent> events = events(parseValid(ics));
        assertThat(instant(events.get(0), Property.DTSTART)).isEqualTo(Instant.parse("2025-07-15T07:00:00Z"));
        assertThat(instant(events.get(1), Property.DTSTART)).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
        // The offsets a client derives from the exported VTIMEZONE.
        assertThat(offsetHours(events.get(0))).isEqualTo(2);
        assertThat(offsetHours(events.get(1))).isEqualTo(1);
    }

    private static int offsetHours(VEvent event) {
        DtStart start = event.getProperty(Property.DTSTART);
        return start.getTimeZone().getOffset(start.getDate().getTime()) / 3_600_000;
    }

    @Test
    void usesUtcForTheRepeatedHourWhenSummerTimeEnds() {
        // 2025-10-26: 02:30 local happens at 00:30Z (CEST) and again at 01:30Z (CET).
        CalendarEntry first = session("first@zks.koeln.de", "2025-10-26T00:30:00Z", "2025-10-26T03:00:00Z");
        CalendarEntry second = session("second@zks.koeln.de", "2025-10-26T01:30:00Z", "2025-10-26T03:00:00Z");
        CalendarEntry beforeSwitch = session("day-before@zks.koeln.de", "2025-10-25T22:00:00Z",
            "2025-10-25T23:00:00Z");

        String ics = render(first, second, beforeSwitch);

        assertThat(contentLines(ics)).contains(
            "DTSTART:20251026T003000Z", "DTSTART:20251026T013000Z", "DTEND;TZID=Europe/Berlin:20251026T040000",
            "DTSTART;TZID=Europe/Berlin:20251026T000000");
        List<VEvent> events = events(parseValid(ics));
        assertThat(instant(events.get(0), Property.DTSTART)).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertThat(instant(events.get(1), Property.DTSTART)).isEqualTo(Instant.parse("2025-10-26T01:30:00Z"));
        assertThat(instant(events.get(2), Property.DTSTART)).isEqualTo(Instant.parse("2025-10-25T22:00:00Z"));
    }

    @Test
    void escapesAndFoldsSpecialCharacters() {
        String summary = "Brandschutz, Teil 2; Übung für Anfänger";
        String description = "Zeile 1\r\nZeile 2, mit Komma; und Semikolon\nZeile 3: Ölheizung \\ Außentür\r"
            + "Zeile 4 \"zitiert\" ÄÖÜäöüß € \uD83D\uDE00 Ende\u0007. "
            + "Größere Gruppen üben während der Veranstaltung gemeinsam die Räumung des Gebäudes.".repeat(4);
        String location = "Köln-Deutz; Gebäude A, Raum 1.23";
        CalendarEntry entry = new CalendarEntry("session-15@zks.koeln.de", 1, summary, description, location,
            "https://zks.koeln.de/schulungen/15?tab=termine&lang=de", OffsetDateTime.parse("2025-11-03T09:00:00+01:00"),
            OffsetDateTime.parse("2025-11-03T12:00:00+01:00"), false, UPDATED);

        String ics = CalendarRenderer.render("Schulungen: Köln, Bonn; Düsseldorf", List.of(entry), CLOCK);

        List<String> contentLines = contentLines(ics);
        assertThat(contentLines).contains(
            "X-WR-CALNAME:Schulungen: Köln\\, Bonn\\; Düsseldorf",
            "SUMMARY:Brandschutz\\, Teil 2\\; Übung für Anfänger",
            "LOCATION:Köln-Deutz\\; Gebäude A\\, Raum 1.23",
            "URL:https://zks.koeln.de/schulungen/15?tab=termine&lang=de");
        assertThat(contentLines).anySatisfy(line -> assertThat(line).startsWith(
            "DESCRIPTION:Zeile 1\\nZeile 2\\, mit Komma\\; und Semikolon\\nZeile 3: Ölheizung \\\\ Außentür\\n"
                + "Zeile 4 \"zitiert\" ÄÖÜäöüß € \uD83D\uDE00 Ende. Größere"));

        assertThat(lines(ics)).allSatisfy(line -> assertThat(octets(line)).as(line).isLessThanOrEqualTo(75));
        assertThat(lines(ics)).filteredOn(line -> line.startsWith(" ")).hasSizeGreaterThan(3);

        Calendar calendar = parseValid(ics);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Schulungen: Köln, Bonn; Düsseldorf");
        VEvent event = events(calendar).get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(summary);
        assertThat(value(event, Property.LOCATION)).isEqualTo(location);
        // Line breaks normalised to LF, the BEL control character (not allowed in iCalendar text) dropped.
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(
            description.replace("\r\n", "\n").replace('\r', '\n').replace("\u0007", ""));
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String umlauts = "Prüfungsvorbereitung für Führungskräfte: Gesprächsführung, Änderungsmanagement. ";
        CalendarEntry entry = new CalendarEntry("session-16@zks.koeln.de", 0, umlauts.repeat(3),
            "äöü".repeat(100) + "\uD83D\uDC4D".repeat(40), null, null,
            OffsetDateTime.parse("2025-11-03T09:00:00+01:00"), OffsetDateTime.parse("2025-11-03T12:00:00+01:00"),
            false, UPDATED);

        String ics = render(entry);

        for (String line : lines(ics)) {
            assertThat(octets(line)).as(line).isLessThanOrEqualTo(75);
            // No half surrogate pair at either end of a physical line.
            assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isFalse();
            assertThat(Character.isLowSurrogate(line.charAt(0))).as(line).isFalse();
        }
        // Folded lines use the room they have: at most one multi-octet character short of 75 octets.
        assertThat(lines(ics)).filteredOn(line -> line.startsWith("DESCRIPTION:"))
            .singleElement().satisfies(line -> assertThat(octets(line)).isGreaterThanOrEqualTo(72));
        VEvent event = events(parseValid(ics)).get(0);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(umlauts.repeat(3).strip());
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("äöü".repeat(100) + "\uD83D\uDC4D".repeat(40));
    }

    @Test
    void escapesABackslashBeforeALineBreakCorrectly() {
        CalendarEntry entry = new CalendarEntry("session-17@zks.koeln.de", 0, "Pfade", "C:\\Schulung\\\nEnde", null,
            null, OffsetDateTime.parse("2025-11-03T09:00:00+01:00"), OffsetDateTime.parse("2025-11-03T12:00:00+01:00"),
            false, UPDATED);

        // RFC 5545 escaping: "\" -> "\\", line break -> "\n". (ical4j 3.2.19's parser reads this particular
        // sequence back as two backslashes and "n", so this is checked on the text, not by parsing it back.)
        assertThat(contentLines(render(entry))).contains("DESCRIPTION:C:\\\\Schulung\\\\\\nEnde");
    }

    @Test
    void rendersAValidEmptyCalendar() {
        String ics = CalendarRenderer.render("Meine Schulungen", List.of(), CLOCK);

        assertThat(contentLines(ics)).startsWith("BEGIN:VCALENDAR", "PRODID:-//Stadt Koeln//ZKS Case Platform//DE",
            "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Meine Schulungen", "BEGIN:VTIMEZONE")
            .endsWith("END:VTIMEZONE", "END:VCALENDAR")
            .doesNotContain("BEGIN:VEVENT");
        // RFC 5545 (and ical4j's validator) require at least one component: the VTIMEZONE is it.
        Calendar calendar = parseValid(ics);
        assertThat(calendar.getComponents()).hasSize(1);
        assertThat(events(calendar)).isEmpty();
    }

    @Test
    void producesIdenticalOutputForAFixedClockWhateverTheJvmDefaults() {
        List<CalendarEntry> entries = List.of(
            session("a@zks.koeln.de", "2025-07-15T09:00:00+02:00", "2025-07-15T10:00:00+02:00"),
            session("b@zks.koeln.de", "2026-01-15T09:00:00+01:00", "2026-01-15T10:00:00+01:00"));
        String reference = CalendarRenderer.render("Meine Schulungen", entries, CLOCK);

        TimeZone defaultZone = TimeZone.getDefault();
        Locale defaultLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(CalendarRenderer.render("Meine Schulungen", entries, CLOCK)).isEqualTo(reference);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            Locale.setDefault(Locale.GERMANY);
            assertThat(CalendarRenderer.render("Meine Schulungen", entries, CLOCK)).isEqualTo(reference);
        } finally {
            TimeZone.setDefault(defaultZone);
            Locale.setDefault(defaultLocale);
        }
        assertThat(CalendarRenderer.render("Meine Schulungen", entries, CLOCK)).isEqualTo(reference);

        Clock later = Clock.fixed(Instant.parse("2025-06-03T00:00:00Z"), ZoneOffset.UTC);
        String other = CalendarRenderer.render("Meine Schulungen", entries, later);
        assertThat(other.replace("DTSTAMP:20250603T000000Z", "DTSTAMP:20250602T081530Z")).isEqualTo(reference);
    }

    @Test
    void publishWouldAlsoWantAnOrganizerUnderRfc5546() {
        String ics = render(session("s@zks.koeln.de", "2025-07-15T09:00:00+02:00", "2025-07-15T10:00:00+02:00"));

        // Calendar.validate() (RFC 5545, asserted in parseValid) passes. ical4j's per-component iTIP check for
        // METHOD:PUBLISH - which Calendar.validate() computes but discards in 3.2.19 - wants ORGANIZER, and
        // nothing else. Documented here so that a change shows up.
        List<ValidationEntry> problems = new ArrayList<>();
        for (CalendarComponent component : parseValid(ics).getComponents()) {
            problems.addAll(component.validate(Method.PUBLISH).getEntries());
        }
        assertThat(problems).singleElement()
            .satisfies(problem -> assertThat(problem.getMessage()).contains("ORGANIZER"));
    }

    @Test
    void rejectsInputItCannotExportFaithfully() {
        CalendarEntry a = session("a@zks.koeln.de", "2025-07-15T09:00:00+02:00", "2025-07-15T10:00:00+02:00");
        assertThatThrownBy(() -> render(a, a)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Duplicate UID");
        assertThatThrownBy(() -> render(session("old@zks.koeln.de", "1990-01-15T09:00:00+01:00",
            "1990-01-15T10:00:00+01:00"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("1990-01-15T08:00:00Z");
        assertThatThrownBy(() -> CalendarRenderer.render(" ", List.of(), CLOCK))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session("x@zks.koeln.de", "2025-07-15T10:00:00+02:00", "2025-07-15T10:00:00+02:00"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endsAt");
        assertThatThrownBy(() -> new CalendarEntry("x", -1, "s", null, null, null, UPDATED, UPDATED.plusHours(1),
            false, UPDATED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequence");
        assertThatThrownBy(() -> new CalendarEntry("x", 1L + Integer.MAX_VALUE, "s", null, null, null, UPDATED,
            UPDATED.plusHours(1), false, UPDATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarEntry("x", 0, "s", null, null, "/schulungen/12", UPDATED,
            UPDATED.plusHours(1), false, UPDATED)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("absolute");
        assertThatThrownBy(() -> new CalendarEntry("x\ny", 0, "s", null, null, null, UPDATED, UPDATED.plusHours(1),
            false, UPDATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarEntry("x", 0, " ", null, null, null, UPDATED, UPDATED.plusHours(1),
            false, UPDATED)).isInstanceOf(IllegalArgumentException.class);
    }
}
