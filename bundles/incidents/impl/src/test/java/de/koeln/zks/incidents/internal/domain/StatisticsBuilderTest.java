package de.koeln.zks.incidents.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.api.IncidentStatus;

class StatisticsBuilderTest {

    @Test
    void everyLevelKindAndStatusIsPresentEvenWithoutIncidents() {
        IncidentStatistics s = new StatisticsBuilder(null, null).build();
        assertThat(s.total).isZero();
        assertThat(s.byLevel).containsOnlyKeys(0, 1, 2, 3).allSatisfy((k, v) -> assertThat(v).isZero());
        assertThat(s.byKind.keySet()).containsExactly("INSULT", "THREAT", "COERCION", "PHYSICAL_ASSAULT",
            "SEXUAL_HARASSMENT", "PROPERTY_DAMAGE", "WEAPON", "STALKING", "OTHER");
        assertThat(s.byStatus.keySet()).containsExactly("DRAFT", "REPORTED", "IN_REVIEW", "MEASURES_TAKEN", "CLOSED", "REJECTED");
        assertThat(s.byUnit).isEmpty();
        assertThat(s.byMonth).isEmpty();
    }

    @Test
    void countsAreMappedAndUnitsAndMonthsSorted() {
        OffsetDateTime from = OffsetDateTime.parse("2026-01-01T00:00:00+01:00");
        IncidentStatistics s = new StatisticsBuilder(from, null)
            .level(2, 3L).level(0, 1L)
            .kind(IncidentKind.THREAT, 3L).kind("INSULT", 1L)
            .status(IncidentStatus.REPORTED, 3L).status(IncidentStatus.CLOSED, 1L)
            .unit("Ordnungsamt", 1L).unit("Bürgeramt Innenstadt", 3L)
            .month("2026-12", 1L).month("2026-02", 2L).month("2026-11", 1L)
            .build();
        assertThat(s.from).isEqualTo(from);
        assertThat(s.total).isEqualTo(4);
        assertThat(s.byLevel).containsEntry(0, 1L).containsEntry(1, 0L).containsEntry(2, 3L).containsEntry(3, 0L);
        assertThat(s.byKind).containsEntry("THREAT", 3L).containsEntry("INSULT", 1L).containsEntry("WEAPON", 0L);
        assertThat(s.byStatus).containsEntry("REPORTED", 3L).containsEntry("CLOSED", 1L).containsEntry("REJECTED", 0L);
        assertThat(s.byUnit.keySet()).containsExactly("Bürgeramt Innenstadt", "Ordnungsamt");
        assertThat(s.byMonth.keySet()).containsExactly("2026-02", "2026-11", "2026-12");
    }

    @Test
    void monthsAreThoseOfCologne() {
        // 23:30 UTC on 30 November is already December in Cologne
        assertThat(Months.of(OffsetDateTime.parse("2026-11-30T23:30:00Z"))).isEqualTo("2026-12");
        assertThat(Months.of(OffsetDateTime.parse("2026-12-01T00:30:00+01:00"))).isEqualTo("2026-12");
        assertThat(Months.of(OffsetDateTime.parse("2026-07-31T22:30:00Z"))).as("summer time").isEqualTo("2026-08");
        assertThat(Months.of(OffsetDateTime.parse("2026-07-31T21:30:00Z"))).isEqualTo("2026-07");
        assertThat(Months.of(OffsetDateTime.parse("2026-03-05T10:00:00-05:00"))).isEqualTo("2026-03");
    }
}
