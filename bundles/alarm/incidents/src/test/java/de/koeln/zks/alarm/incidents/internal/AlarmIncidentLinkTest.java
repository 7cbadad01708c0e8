package de.koeln.zks.alarm.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.platform.api.Caller;

class AlarmIncidentLinkTest {
    private final AlarmService alarms = mock(AlarmService.class);
    private final IncidentService incidents = mock(IncidentService.class);
    private final AlarmIncidentLink link = new AlarmIncidentLink(alarms, incidents);

    private static Alarm closed(boolean drill) {
        Alarm a = new Alarm();
        a.id = 7L;
        a.state = AlarmState.CLOSED;
        a.alarmClass = AlarmClass.HELP;
        a.drill = drill;
        a.raisedBy = "eva";
        a.raisedAt = OffsetDateTime.parse("2026-11-27T09:15:00+01:00");
        a.closedBy = "resp1";
        a.outcome = "Kunde beruhigt, Hausverbot";
        a.level = 2;
        a.note = "Mann schreit";
        a.callPolice = true;
        AlarmPoint p = new AlarmPoint();
        p.id = "E.12";
        p.building = "Laurenzplatz 4";
        p.floor = "1";
        p.room = "E.12";
        p.unit = "Bürgeramt";
        p.groups = List.of("floor-1");
        a.point = p;
        return a;
    }

    @Test
    void aClosedRealAlarmLeavesADraftForWhoRaisedItLinkedBothWays() {
        when(alarms.get(Caller.SYSTEM, 7L)).thenReturn(closed(false));
        Incident draft = new Incident();
        draft.id = 42L;
        when(incidents.draft(eq(Caller.SYSTEM), eq("eva"), any(), eq("alarm-7"))).thenReturn(draft);

        assertThat(link.link(7L)).isSameAs(draft);

        ArgumentCaptor<IncidentInput> input = ArgumentCaptor.forClass(IncidentInput.class);
        verify(incidents).draft(eq(Caller.SYSTEM), eq("eva"), input.capture(), eq("alarm-7"));
        IncidentInput in = input.getValue();
        assertThat(in.level).isEqualTo(2);
        assertThat(in.unit).isEqualTo("Bürgeramt");
        assertThat(in.location.building).isEqualTo("Laurenzplatz 4");
        assertThat(in.location.room).isEqualTo("E.12");
        assertThat(in.occurredAt.toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-27T09:15:00+01:00").toInstant());
        assertThat(in.kind).isEqualTo(IncidentKind.THREAT);
        assertThat(in.description).contains("Stiller Alarm 7", "Kunde beruhigt", "Mann schreit");
        assertThat(in.policeCalled).isTrue();
        verify(alarms).linkIncident(Caller.SYSTEM, 7L, 42L);
    }

    @Test
    void drillsAndAlreadyLinkedAlarmsLeaveNothing() {
        when(alarms.get(Caller.SYSTEM, 7L)).thenReturn(closed(true));
        assertThat(link.link(7L)).isNull();
        Alarm linked = closed(false);
        linked.incidentId = 3L;
        when(alarms.get(Caller.SYSTEM, 8L)).thenReturn(linked);
        assertThat(link.link(8L)).isNull();
        verify(incidents, never()).draft(any(), any(), any(), any());
        verify(alarms, never()).linkIncident(any(), anyLong(), anyLong());
    }
}
