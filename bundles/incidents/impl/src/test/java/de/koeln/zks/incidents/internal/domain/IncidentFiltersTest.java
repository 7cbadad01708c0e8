package de.koeln.zks.incidents.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.problem.ValidationException;

class IncidentFiltersTest {

    @Test
    void readsEveryFilter() {
        IncidentQuery q = IncidentFilters.parse(Map.of(
            "from", List.of("2026-11-01T00:00:00+01:00"),
            "to", List.of("2026-11-30"),
            "unit", List.of("Amt für Soziales, Arbeit und Senioren", "Bürgeramt Innenstadt", " "),
            "kind", List.of("threat,INSULT"),
            "level", List.of("2", "3"),
            "status", List.of("REPORTED,in_review"),
            "reportedBy", List.of(" anna ")));
        assertThat(q.from).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00+01:00"));
        assertThat(q.to).as("a date is a whole day in Cologne").isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00+01:00"));
        assertThat(q.units).as("unit names may contain commas").containsExactly(
            "Amt für Soziales, Arbeit und Senioren", "Bürgeramt Innenstadt");
        assertThat(q.kinds).containsExactlyInAnyOrder(IncidentKind.THREAT, IncidentKind.INSULT);
        assertThat(q.levels).containsExactly(2, 3);
        assertThat(q.statuses).containsExactlyInAnyOrder(IncidentStatus.REPORTED, IncidentStatus.IN_REVIEW);
        assertThat(q.reportedBy).isEqualTo("anna");
    }

    @Test
    void noParametersMatchEverything() {
        IncidentQuery q = IncidentFilters.parse(Map.of());
        assertThat(q.from).isNull();
        assertThat(q.units).isEmpty();
        assertThat(q.kinds).isEmpty();
        assertThat(q.reportedBy).isNull();
    }

    @Test
    void aWrongValueNamesItsParameter() {
        assertThat(field(Map.of("kind", List.of("THREAT,PUNCH")))).isEqualTo("kind");
        assertThat(field(Map.of("level", List.of("4")))).isEqualTo("level");
        assertThat(field(Map.of("level", List.of("zwei")))).isEqualTo("level");
        assertThat(field(Map.of("status", List.of("DONE")))).isEqualTo("status");
        assertThat(field(Map.of("from", List.of("gestern")))).isEqualTo("from");
    }

    private static String field(Map<String, List<String>> params) {
        try {
            IncidentFilters.parse(params);
        } catch (ValidationException e) {
            return e.errors().get(0).field;
        }
        assertThatThrownBy(() -> { }).as("expected a ValidationException").isNotNull();
        return null;
    }
}
