package de.koeln.zks.plugin.citizensoffice.internal;

import static de.koeln.zks.plugin.citizensoffice.internal.CounterTallyTest.INNENSTADT;
import static de.koeln.zks.plugin.citizensoffice.internal.CounterTallyTest.KALK;
import static de.koeln.zks.plugin.citizensoffice.internal.CounterTallyTest.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;

class CounterBookTest {
    static final Caller MANAGER = new Caller("sam", Set.of(Roles.SECURITY_MANAGER, Roles.EMPLOYEE));
    static final Caller KALK_MANAGER = new Caller("uwe", Set.of(Roles.UNIT_MANAGER, Roles.EMPLOYEE));
    static final Caller EMPLOYEE = new Caller("eva", Set.of(Roles.EMPLOYEE));

    private final IncidentService incidents = mock(IncidentService.class);
    private final UserDirectory users = mock(UserDirectory.class);
    private final CounterBook book = new CounterBook(incidents, users, List.of(INNENSTADT, KALK), false);

    private static Map<String, Object> event(long id, String unit, String status, String previous) {
        Map<String, Object> p = new HashMap<>();
        p.put(IncidentEvents.ID, id);
        p.put(IncidentEvents.UNIT, unit);
        p.put(IncidentEvents.STATUS, status);
        if (previous != null) {
            p.put(IncidentEvents.PREVIOUS_STATUS, previous);
        }
        return p;
    }

    private String counts() {
        return String.join(", ", book.report(MANAGER, null, null).counters.stream()
            .map(c -> c.unit + "/" + c.counter + "=" + c.incidents).toList());
    }

    @Test
    void theCountsAreRebuiltFromTheStoredReportsOfThePluginsUnitsPageByPage() {
        List<Incident> stored = new ArrayList<>();
        for (long id = 1; id <= CounterBook.PAGE + 2; id++) {
            stored.add(incident(id, id % 2 == 0 ? INNENSTADT : KALK, (int) (id % 3) + 1, null));
        }
        when(incidents.list(eq(CounterBook.READER), any(), anyInt(), anyInt(), eq("id"))).thenAnswer(call -> {
            int offset = call.getArgument(2);
            int limit = call.getArgument(3);
            return new Page<>(stored.subList(Math.min(offset, stored.size()), Math.min(offset + limit, stored.size())),
                offset, limit, stored.size());
        });

        book.rebuild();

        CounterReport report = book.report(MANAGER, null, null);
        assertThat(report.complete).isTrue();
        assertThat(report.incidents).isEqualTo(CounterBook.PAGE + 2);
        ArgumentCaptor<IncidentQuery> query = ArgumentCaptor.forClass(IncidentQuery.class);
        verify(incidents).list(eq(CounterBook.READER), query.capture(), eq(0), eq(CounterBook.PAGE), eq("id"));
        assertThat(query.getValue().units).containsExactly(INNENSTADT, KALK);
        assertThat(query.getValue().statuses).containsExactlyInAnyOrder(IncidentStatus.REPORTED, IncidentStatus.IN_REVIEW,
            IncidentStatus.MEASURES_TAKEN, IncidentStatus.CLOSED);
        verify(incidents).list(eq(CounterBook.READER), any(), eq(CounterBook.PAGE), eq(CounterBook.PAGE), eq("id"));
    }

    @Test
    void aFailedRebuildLeavesTheCountsIncompleteAndEventsAreCountedOn() {
        when(incidents.list(any(), any(), anyInt(), anyInt(), any())).thenThrow(new IllegalStateException("database down"));
        assertThatThrownBy(book::rebuild).hasMessageContaining("database down");
        when(incidents.get(CounterBook.READER, 1)).thenReturn(incident(1, KALK, 3, null));
        book.onEvent(IncidentEvents.REPORTED, event(1, KALK, "REPORTED", null));
        CounterReport report = book.report(MANAGER, null, null);
        assertThat(report.complete).isFalse();
        assertThat(report.incidents).isEqualTo(1);
    }

    @Test
    void aReportOfThePluginsUnitsIsReadAndCountedThoseOfOtherUnitsAreNotEvenRead() {
        when(incidents.get(CounterBook.READER, 1)).thenReturn(incident(1, INNENSTADT, 7, "versperrt"));
        book.onEvent(IncidentEvents.REPORTED, event(1, INNENSTADT, "REPORTED", null));
        book.onEvent(IncidentEvents.REPORTED, event(2, "Jobcenter Mülheim", "REPORTED", null));
        book.onEvent(IncidentEvents.REPORTED, Map.of(IncidentEvents.UNIT, INNENSTADT)); // no id: nothing to read

        assertThat(counts()).isEqualTo(INNENSTADT + "/7=1");
        verify(incidents, never()).get(any(), eq(2L));
    }

    @Test
    void aSubmittedDraftIsCountedTriageReadsNothingAndARejectionRemovesIt() {
        when(incidents.get(CounterBook.READER, 4)).thenReturn(incident(4, KALK, 2, null));
        book.onEvent(IncidentEvents.STATUS_CHANGED, event(4, KALK, "REPORTED", "DRAFT"));
        assertThat(counts()).isEqualTo(KALK + "/2=1");

        book.onEvent(IncidentEvents.STATUS_CHANGED, event(4, KALK, "IN_REVIEW", "REPORTED"));
        verify(incidents, org.mockito.Mockito.times(1)).get(any(), anyLong());

        book.onEvent(IncidentEvents.STATUS_CHANGED, event(4, KALK, "REJECTED", "IN_REVIEW"));
        assertThat(counts()).isEmpty();
    }

    @Test
    void aChangedReportIsReadAgainAlsoWhenItMovedToAnotherUnit() {
        when(incidents.get(CounterBook.READER, 5)).thenReturn(incident(5, KALK, 2, null), incident(5, KALK, 6, null),
            incident(5, "Jobcenter Mülheim", 6, null));
        book.onEvent(IncidentEvents.REPORTED, event(5, KALK, "REPORTED", null));
        book.onEvent(IncidentEvents.UPDATED, event(5, KALK, "REPORTED", null));
        assertThat(counts()).isEqualTo(KALK + "/6=1");
        book.onEvent(IncidentEvents.UPDATED, event(5, "Jobcenter Mülheim", "REPORTED", null));
        assertThat(counts()).isEmpty();
    }

    @Test
    void aReportThatIsGoneIsNoLongerCounted() {
        when(incidents.get(CounterBook.READER, 6)).thenReturn(incident(6, KALK, 2, null))
            .thenThrow(new NotFoundException("Incident", 6));
        book.onEvent(IncidentEvents.REPORTED, event(6, KALK, "REPORTED", null));
        book.onEvent(IncidentEvents.UPDATED, event(6, KALK, "REPORTED", null));
        assertThat(counts()).isEmpty();
    }

    @Test
    void securityManagersSeeEveryUnitUnitManagersTheirOwnOthersNothing() {
        when(incidents.get(any(), anyLong())).thenAnswer(call -> {
            long id = call.getArgument(1);
            return incident(id, id == 1 ? INNENSTADT : KALK, 3, null);
        });
        book.onEvent(IncidentEvents.REPORTED, event(1, INNENSTADT, "REPORTED", null));
        book.onEvent(IncidentEvents.REPORTED, event(2, KALK, "REPORTED", null));
        when(users.unitsOf("uwe")).thenReturn(List.of(KALK, "Jobcenter Mülheim"));

        assertThat(book.report(MANAGER, null, null).counters).hasSize(2);
        assertThat(book.report(new Caller("ada", Set.of(Roles.ADMIN)), null, null).counters).hasSize(2);
        CounterReport own = book.report(KALK_MANAGER, null, null);
        assertThat(own.units).containsExactly(KALK);
        assertThat(own.counters).extracting(c -> c.unit).containsExactly(KALK);
        assertThat(book.report(MANAGER, KALK, null).counters).extracting(c -> c.unit).containsExactly(KALK);

        assertThatThrownBy(() -> book.report(KALK_MANAGER, INNENSTADT, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> book.report(MANAGER, "Jobcenter Mülheim", null)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("unit");
        assertThatThrownBy(() -> book.report(EMPLOYEE, null, null)).isInstanceOf(ForbiddenException.class);
        when(users.unitsOf("uwe")).thenReturn(List.of("Jobcenter Mülheim"));
        assertThatThrownBy(() -> book.report(KALK_MANAGER, null, null)).isInstanceOf(ForbiddenException.class)
            .hasMessageContaining("manages none");
    }

    @Test
    void itListensToReportsSubmissionsAndChangesOfIncidents() {
        assertThat(book.topics()).containsExactlyInAnyOrder(IncidentEvents.REPORTED, IncidentEvents.STATUS_CHANGED,
            IncidentEvents.UPDATED);
    }
}
