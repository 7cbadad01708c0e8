package de.koeln.zks.inspections.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.testing.RecordingEvents;

class InspectionSuggestionsTest {
    private final InspectionService inspections = mock(InspectionService.class);
    private final RecordingEvents events = new RecordingEvents();
    private final InspectionSuggestions link = new InspectionSuggestions(inspections, events);

    private static InspectionSuggestions.Report report(long id, int level, String building) {
        return new InspectionSuggestions.Report(id, level, "REPORTED", "Bürgeramt Innenstadt", building, "1", "E.12");
    }

    @BeforeEach
    void noInspections() {
        when(inspections.openAt(eq(Caller.SYSTEM), any())).thenReturn(false);
    }

    @Test
    void aLevel2IncidentSuggestsAnInspectionOfItsBuildingOnce() {
        Event suggestion = link.suggest(report(42, 2, "Laurenzplatz 4"));

        assertThat(events.on(InspectionEvents.INSPECTION_SUGGESTED)).containsExactly(suggestion);
        assertThat(suggestion.getProperty(InspectionEvents.INCIDENT)).isEqualTo(42L);
        assertThat(suggestion.getProperty(InspectionEvents.LEVEL)).isEqualTo(2);
        assertThat(suggestion.getProperty(InspectionEvents.UNIT)).isEqualTo("Bürgeramt Innenstadt");
        assertThat(suggestion.getProperty(InspectionEvents.BUILDING)).isEqualTo("Laurenzplatz 4");
        assertThat(suggestion.getProperty(InspectionEvents.FLOOR)).isEqualTo("1");
        assertThat(suggestion.getProperty(InspectionEvents.ROOM)).isEqualTo("E.12");
        assertThat(suggestion.getProperty(InspectionEvents.PLANNED)).isEqualTo(false);
        verify(inspections).openAt(Caller.SYSTEM, "Laurenzplatz 4");

        assertThat(link.suggest(report(42, 3, "Laurenzplatz 4"))).as("an update of the same incident suggests nothing again")
            .isNull();
        assertThat(events.posted).hasSize(1);
    }

    @Test
    void aSuggestionTheEventAdminRefusedIsNotCountedAsMadeAndIsMadeWithTheNextEvent() {
        EventAdmin stopping = mock(EventAdmin.class);
        doThrow(new IllegalStateException("The EventAdmin is stopped")).doNothing().when(stopping).postEvent(any());
        InspectionSuggestions link = new InspectionSuggestions(inspections, stopping);

        assertThat(link.suggest(report(42, 2, "Laurenzplatz 4"))).isNull();
        assertThat(link.suggest(report(42, 2, "Laurenzplatz 4"))).isNotNull();
        verify(stopping, times(2)).postEvent(any());
    }

    @Test
    void anInspectionPlannedOrInProgressAtTheBuildingIsNamed() {
        when(inspections.openAt(Caller.SYSTEM, "Laurenzplatz 4")).thenReturn(true);
        assertThat(link.suggest(report(7, 3, "Laurenzplatz 4")).getProperty(InspectionEvents.PLANNED)).isEqualTo(true);
    }

    @Test
    void lowLevelsUnknownBuildingsRejectedReportsAndFailuresSuggestNothing() {
        var rejected = new InspectionSuggestions.Report(4, 3, "REJECTED", null, "Laurenzplatz 4", null, null);
        var draft = new InspectionSuggestions.Report(5, 3, "DRAFT", null, "Laurenzplatz 4", null, null);
        assertThat(link.suggest(report(1, 1, "Laurenzplatz 4"))).isNull();
        assertThat(link.suggest(report(2, 2, null))).isNull();
        assertThat(link.suggest(rejected)).isNull();
        assertThat(link.suggest(draft)).isNull();
        when(inspections.openAt(Caller.SYSTEM, "Gereonstraße 1")).thenThrow(new IllegalStateException("inspections database gone"));
        assertThat(link.suggest(report(3, 2, "Gereonstraße 1"))).isNull();
        assertThat(events.posted).isEmpty();
        verify(inspections, never()).openAt(any(), eq("Laurenzplatz 4"));

        assertThat(link.suggest(report(1, 2, "Laurenzplatz 4"))).as("raised to level 2 later").isNotNull();
    }

    @Test
    void onlyReportsSubmittedDraftsAndUpdatesOfLevel2OrMoreAreLookedAtWithWhatTheEventTells() throws Exception {
        link.handleEvent(new Event(IncidentEvents.REPORTED, Map.of(IncidentEvents.ID, 10L, IncidentEvents.LEVEL, 1,
            IncidentEvents.STATUS, "REPORTED", IncidentEvents.BUILDING, "A")));
        link.handleEvent(new Event(IncidentEvents.STATUS_CHANGED, Map.of(IncidentEvents.ID, 11L, IncidentEvents.LEVEL, 2,
            IncidentEvents.STATUS, "IN_REVIEW", IncidentEvents.PREVIOUS_STATUS, "REPORTED", IncidentEvents.BUILDING, "B")));
        link.handleEvent(new Event(IncidentEvents.STATUS_CHANGED, Map.of(IncidentEvents.ID, 12L, IncidentEvents.LEVEL, 2,
            IncidentEvents.STATUS, "REPORTED", IncidentEvents.PREVIOUS_STATUS, "DRAFT", IncidentEvents.BUILDING, "C")));
        link.handleEvent(new Event(IncidentEvents.UPDATED, Map.of(IncidentEvents.ID, 13L, IncidentEvents.LEVEL, 3,
            IncidentEvents.STATUS, "IN_REVIEW", IncidentEvents.BUILDING, "D", IncidentEvents.UNIT, "Ordnungsamt",
            IncidentEvents.FLOOR, "2", IncidentEvents.ROOM, "2.07")));
        link.handleEvent(new Event(IncidentEvents.REPORTED, Map.of(IncidentEvents.ID, 14L, IncidentEvents.LEVEL, 2,
            IncidentEvents.STATUS, "REPORTED", IncidentEvents.BUILDING, "E")));
        link.handleEvent(new Event(IncidentEvents.UPDATED, Map.of(IncidentEvents.ID, 15L, IncidentEvents.LEVEL, 2,
            IncidentEvents.STATUS, "DRAFT", IncidentEvents.BUILDING, "F")));
        link.deactivate();
        java.lang.reflect.Field worker = InspectionSuggestions.class.getDeclaredField("worker");
        worker.setAccessible(true);
        assertThat(((java.util.concurrent.ExecutorService) worker.get(link))
            .awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        List<Event> suggested = events.on(InspectionEvents.INSPECTION_SUGGESTED);
        assertThat(suggested).extracting(e -> e.getProperty(InspectionEvents.INCIDENT)).containsExactly(12L, 13L, 14L);
        assertThat(suggested).extracting(e -> e.getProperty(InspectionEvents.BUILDING)).containsExactly("C", "D", "E");
        Event fromUpdate = suggested.get(1);
        assertThat(fromUpdate.getProperty(InspectionEvents.UNIT)).isEqualTo("Ordnungsamt");
        assertThat(fromUpdate.getProperty(InspectionEvents.FLOOR)).isEqualTo("2");
        assertThat(fromUpdate.getProperty(InspectionEvents.ROOM)).isEqualTo("2.07");
        assertThat(fromUpdate.getProperty(InspectionEvents.LEVEL)).isEqualTo(3);
    }
}
