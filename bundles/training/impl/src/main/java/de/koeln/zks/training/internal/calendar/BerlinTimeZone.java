package de.koeln.zks.training.internal.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;

/**
 * The Europe/Berlin VTIMEZONE, taken from the tzurl.org definition that ical4j ships inside its jar.
 *
 * <p>Deliberately not {@code TimeZoneRegistry#getTimeZone}: in ical4j 3.2.19 that lookup fetches an "update" of
 * the definition from the TZURL on the internet unless {@code net.fortuna.ical4j.timezone.update.enabled=false}
 * is set. Parsing the bundled resource directly never goes online, whatever the configuration, and the output
 * cannot change with what a remote server answers.
 *
 * <p>Only the two open-ended rules (the last-Sunday-of-March DAYLIGHT and last-Sunday-of-October STANDARD
 * observances) are kept. The full historical definition has 13 observances starting in 1893 (LMT +005328);
 * Outlook reduces a VTIMEZONE to one STANDARD and one DAYLIGHT rule; with several STANDARD components
 * [MS-OXCICAL] 2.1.3.1.1.19.2 lets an implementation take the one with the largest DTSTART, the first one, or
 * refuse the file. Outlook and Exchange themselves export exactly one pair, as here. The kept rules are valid
 * from 1996-10-27; {@link #requireJdkAgreement} guards against dates outside that range and against the rules
 * going stale (e.g. a change of the EU summer-time law that the JDK knows about and ical4j 3.2.19 does not).
 */
final class BerlinTimeZone {

    static final String ID = "Europe/Berlin";

    /** ical4j's default time zone resource prefix ({@code TimeZoneRegistryImpl}: "zoneinfo/"). */
    private static final String RESOURCE = "/zoneinfo/" + ID + ".ics";

    private static final ZoneId ZONE = ZoneId.of(ID);

    private static final byte[] DEFINITION = readBundledDefinition();

    private BerlinTimeZone() {
    }

    /**
     * A new VTIMEZONE with only the rules in force today. A fresh instance per call because ical4j's observances
     * cache computed onsets without synchronisation, so instances must not be shared between threads.
     */
    static VTimeZone currentRules() {
        VTimeZone bundled = parseBundledDefinition();
        ComponentList<Observance> rules = new ComponentList<>();
        for (Observance observance : bundled.getObservances()) {
            if (isOpenEnded(observance)) {
                rules.add(observance);
            }
        }
        int standard = rules.getComponents(Observance.STANDARD).size();
        int daylight = rules.getComponents(Observance.DAYLIGHT).size();
        if (standard != 1 || daylight != 1) {
            throw new IllegalStateException("Expected one open-ended STANDARD and one DAYLIGHT rule in ical4j's "
                + ID + " definition, found " + standard + " and " + daylight);
        }
        PropertyList<Property> properties = new PropertyList<>();
        properties.add(new TzId(ID));
        // getObservances() returns a copy in ical4j 3.2.19, so the rules go in through the constructor.
        return new VTimeZone(properties, rules);
    }

    /**
     * Fails unless the VTIMEZONE behind {@code timeZone} gives {@code instant} the same UTC offset as the JDK's
     * time zone data, i.e. unless calendar clients will show the same local time as the platform.
     */
    static void requireJdkAgreement(TimeZone timeZone, Instant instant) {
        long ical4jOffset = timeZone.getOffset(instant.toEpochMilli());
        long jdkOffset = ZONE.getRules().getOffset(instant).getTotalSeconds() * 1000L;
        if (ical4jOffset != jdkOffset) {
            throw new IllegalArgumentException("Cannot export " + instant + " in " + ID
                + ": the exported time zone rules give UTC offset " + ical4jOffset / 1000 + "s, the JDK "
                + jdkOffset / 1000 + "s");
        }
    }

    /** Whether the local time of {@code instant} falls into the repeated hour at the end of summer time. */
    static boolean isAmbiguousLocalTime(Instant instant) {
        return ZONE.getRules().getValidOffsets(LocalDateTime.ofInstant(instant, ZONE)).size() > 1;
    }

    private static boolean isOpenEnded(Observance observance) {
        RRule rule = observance.getProperty(Property.RRULE);
        return rule != null && rule.getRecur().getUntil() == null
            && observance.getProperties(Property.RDATE).isEmpty();
    }

    private static VTimeZone parseBundledDefinition() {
        try {
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(DEFINITION));
            VTimeZone vTimeZone = calendar.getComponent(Component.VTIMEZONE);
            if (vTimeZone == null) {
                throw new IllegalStateException("No VTIMEZONE in ical4j resource " + RESOURCE);
            }
            return vTimeZone;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("Cannot parse ical4j resource " + RESOURCE, e);
        }
    }

    private static byte[] readBundledDefinition() {
        // Loaded through an ical4j class so that, inside OSGi, the ical4j bundle's own class loader finds it.
        try (InputStream in = TimeZoneRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ical4j resource " + RESOURCE + " not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
