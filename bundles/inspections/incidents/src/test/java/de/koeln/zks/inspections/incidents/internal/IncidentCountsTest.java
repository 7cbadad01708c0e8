package de.koeln.zks.inspections.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.platform.api.Caller;

class IncidentCountsTest {
    private final IncidentService incidents = mock(IncidentService.class);
    private final IncidentCounts counts = new IncidentCounts(incidents);

    @Test
    void countsReportedIncidentsAtTheBuildingInThePeriodThroughTheIncidentsApi() {
        when(incidents.count(eq(Caller.SYSTEM), any())).thenReturn(5L);
        Location location = new Location();
        location.building = " Laurenzplatz 4 ";
        location.room = "E.12";

        assertThat(counts.count(location, LocalDate.parse("2025-11-28"), LocalDate.parse("2026-11-28")))
            .isEqualTo(OptionalInt.of(5));

        ArgumentCaptor<IncidentQuery> query = ArgumentCaptor.forClass(IncidentQuery.class);
        verify(incidents).count(eq(Caller.SYSTEM), query.capture());
        IncidentQuery q = query.getValue();
        assertThat(q.building).isEqualTo("Laurenzplatz 4");
        assertThat(q.from).isEqualTo(OffsetDateTime.parse("2025-11-28T00:00:00Z"));
        assertThat(q.to).isEqualTo(OffsetDateTime.parse("2026-11-28T00:00:00Z"));
        assertThat(q.statuses).doesNotContain(IncidentStatus.DRAFT, IncidentStatus.REJECTED)
            .contains(IncidentStatus.REPORTED, IncidentStatus.CLOSED);
    }

    @Test
    void aLocationWithoutBuildingHasNoCount() {
        assertThat(counts.count(new Location(), LocalDate.parse("2025-11-28"), LocalDate.parse("2026-11-28"))).isEmpty();
        assertThat(counts.count(null, null, null)).isEmpty();
        verifyNoInteractions(incidents);
    }
}
