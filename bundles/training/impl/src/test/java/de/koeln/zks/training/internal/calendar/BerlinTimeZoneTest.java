package de.koeln.zks.training.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class BerlinTimeZoneTest {

    private static final ZoneRules JDK = ZoneId.of("Europe/Berlin").getRules();

    @Test
    void keepsOneStandardAndOneDaylightRule() {
        VTimeZone vTimeZone = BerlinTimeZone.currentRules();

        assertThat(vTimeZone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin");
        assertThat(vTimeZone.getObservances()).extracting(Observance::getName)
            .containsExactlyInAnyOrder(Observance.STANDARD, Observance.DAYLIGHT);
        assertThat(vTimeZone.getTimeZoneUrl()).isNull();
    }

    @Test
    void agreesWithTheJdkAroundEveryTransitionFrom1997To2060() {
        TimeZone timeZone = new TimeZone(BerlinTimeZone.currentRules());
        Instant instant = Instant.parse("1997-01-01T00:00:00Z");
        int checked = 0;
        while (instant.isBefore(Instant.parse("2060-12-31T00:00:00Z"))) {
            ZoneOffsetTransition transition = JDK.nextTransition(instant);
            Instant at = transition.getInstant();
            for (Instant probe : new Instant[] {at.minusSeconds(1), at, at.plusSeconds(1),
                at.plus(Duration.ofDays(60))}) {
                assertThat(timeZone.getOffset(probe.toEpochMilli()) / 1000).as("offset at %s", probe)
                    .isEqualTo(JDK.getOffset(probe).getTotalSeconds());
                BerlinTimeZone.requireJdkAgreement(timeZone, probe);
                checked++;
            }
            instant = at;
        }
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void refusesTimesTheKeptRulesDoNotDescribe() {
        TimeZone timeZone = new TimeZone(BerlinTimeZone.currentRules());

        // Winter 1990: the kept rules start in 1996 and would claim summer time.
        assertThatThrownBy(() -> BerlinTimeZone.requireJdkAgreement(timeZone, Instant.parse("1990-01-15T08:00:00Z")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesTheRepeatedHour() {
        assertThat(BerlinTimeZone.isAmbiguousLocalTime(Instant.parse("2025-10-26T00:30:00Z"))).isTrue();
        assertThat(BerlinTimeZone.isAmbiguousLocalTime(Instant.parse("2025-10-26T01:59:59Z"))).isTrue();
        assertThat(BerlinTimeZone.isAmbiguousLocalTime(Instant.parse("2025-10-26T02:00:00Z"))).isFalse();
        assertThat(BerlinTimeZone.isAmbiguousLocalTime(Instant.parse("2025-10-25T23:59:59Z"))).isFalse();
        assertThat(BerlinTimeZone.isAmbiguousLocalTime(Instant.parse("2025-03-30T01:00:00Z"))).isFalse();
    }
}
