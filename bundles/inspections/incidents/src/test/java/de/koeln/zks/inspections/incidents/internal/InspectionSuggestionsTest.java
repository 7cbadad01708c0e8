package de.koeln.zks.inspections.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.testing.RecordingEvents;

class InspectionSuggestionsTest {
    private final IncidentService incidents = mock(IncidentService.class);
    private final InspectionService inspections = mock(InspectionService.class);
    private final RecordingEvents events = new RecordingEvents();
    private final InspectionSuggestions link = new InspectionSuggestions(incidents, inspections, events);

    private static Incident incident(long id, int level, String building) {
        Incident i = new Incident();
        i.id = id;
        i.level = level;
        i.unit = "Bürgeramt Innenstadt";
        i.status = IncidentStatus.REPORTED;
        i.location = building == null ? null : new Location(building, "1", "E.12", null);
        return i;
    }

    private static Page<Inspection> found(long total) {
        return new Page<>(List.of(), 0, 1, total);
    }

    @BeforeEach
    void noInspections() {
        when(inspections.list(eq(Caller.SYSTEM), any(), anyInt(), anyInt())).thenReturn(found(0));
    }

    @Test
    void aLevel2IncidentSuggestsAnInspectionOfItsBuildingOnce() {
        when(incidents.get(Caller.SYSTEM, 42L)).thenReturn(incident(42, 2, "Laurenzplatz 4"));

        Event suggestion = link.suggest(42L);

        assertThat(events.on(InspectionEvents.INSPECTION_SUGGESTED)).containsExactly(suggestion);
        assertThat(suggestion.getProperty(InspectionEvents.INCIDENT)).isEqualTo(42L);
        assertThat(suggestion.getProperty(InspectionEvents.LEVEL)).isEqualTo(2);
        assertThat(suggestion.getProperty(InspectionEvents.UNIT)).isEqualTo("Bürgeramt Innenstadt");
        assertThat(suggestion.getProperty(InspectionEvents.BUILDING)).isEqualTo("Laurenzplatz 4");
        assertThat(suggestion.getProperty(InspectionEvents.FLOOR)).isEqualTo("1");
        assertThat(suggestion.getProperty(InspectionEvents.ROOM)).isEqualTo("E.12");
        assertThat(suggestion.getProperty(InspectionEvents.PLANNED)).isEqualTo(false);
        verify(inspections).list(eq(Caller.SYSTEM), argThat(q -> "Laurenzplatz 4".equals(q.building)
            && q.state == InspectionState.PLANNED), eq(0), eq(1));

        assertThat(link.suggest(42L)).as("an update of the same incident suggests nothing again").isNull();
        assertThat(events.posted).hasSize(1);
    }

    @Test
    void anInspectionInProgressAtTheBuildingIsNamed() {
        when(incidents.get(Caller.SYSTEM, 7L)).thenReturn(incident(7, 3, "Laurenzplatz 4"));
        when(inspections.list(eq(Caller.SYSTEM), argThat(q -> q != null && q.state == InspectionState.IN_PROGRESS), eq(0), eq(1)))
            .thenReturn(found(1));
        assertThat(link.suggest(7L).getProperty(InspectionEvents.PLANNED)).isEqualTo(true);
    }

    @Test
    void lowLevelsUnknownBuildingsAndFailuresSuggestNothing() {
        when(incidents.get(Caller.SYSTEM, 1L)).thenReturn(incident(1, 1, "Laurenzplatz 4"));
        when(incidents.get(Caller.SYSTEM, 2L)).thenReturn(incident(2, 2, null));
        when(incidents.get(Caller.SYSTEM, 3L)).thenThrow(new IllegalStateException("incidents database gone"));
        Incident rejected = incident(4, 3, "Laurenzplatz 4");
        rejected.status = IncidentStatus.REJECTED;
        when(incidents.get(Caller.SYSTEM, 4L)).thenReturn(rejected);
        for (long id = 1; id <= 4; id++) {
            assertThat(link.suggest(id)).isNull();
        }
        assertThat(events.posted).isEmpty();

        when(incidents.get(Caller.SYSTEM, 1L)).thenReturn(incident(1, 2, "Laurenzplatz 4"));
        assertThat(link.suggest(1L)).as("raised to level 2 later").isNotNull();
    }

    @Test
    void onlyReportsSubmittedDraftsAndUpdatesOfLevel2OrMoreAreLookedAt() throws Exception {
        when(incidents.get(eq(Caller.SYSTEM), anyLong())).thenAnswer(a -> incident(a.getArgument(1), 2, "Laurenzplatz 4"));
        link.handleEvent(new Event(IncidentEvents.REPORTED, Map.of(IncidentEvents.ID, 10L, IncidentEvents.LEVEL, 1)));
        link.handleEvent(new Event(IncidentEvents.STATUS_CHANGED, Map.of(IncidentEvents.ID, 11L, IncidentEvents.LEVEL, 2,
            IncidentEvents.STATUS, "IN_REVIEW", IncidentEvents.PREVIOUS_STATUS, "REPORTED")));
        link.handleEvent(new Event(IncidentEvents.STATUS_CHANGED, Map.of(IncidentEvents.ID, 12L, IncidentEvents.LEVEL, 2,
            IncidentEvents.STATUS, "REPORTED", IncidentEvents.PREVIOUS_STATUS, "DRAFT")));
        link.handleEvent(new Event(IncidentEvents.UPDATED, Map.of(IncidentEvents.ID, 13L, IncidentEvents.LEVEL, 3)));
        link.handleEvent(new Event(IncidentEvents.REPORTED, Map.of(IncidentEvents.ID, 14L, IncidentEvents.LEVEL, 2)));
        link.deactivate();
        java.lang.reflect.Field worker = InspectionSuggestions.class.getDeclaredField("worker");
        worker.setAccessible(true);
        assertThat(((java.util.concurrent.ExecutorService) worker.get(link))
            .awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        verify(incidents, never()).get(Caller.SYSTEM, 10L);
        verify(incidents, never()).get(Caller.SYSTEM, 11L);
        verify(incidents, times(3)).get(eq(Caller.SYSTEM), anyLong());
        assertThat(events.on(InspectionEvents.INSPECTION_SUGGESTED))
            .extracting(e -> e.getProperty(InspectionEvents.INCIDENT)).containsExactly(12L, 13L, 14L);
    }
}
