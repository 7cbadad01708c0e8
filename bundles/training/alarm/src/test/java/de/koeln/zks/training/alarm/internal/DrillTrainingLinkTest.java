package de.koeln.zks.training.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.training.api.CourseTopic;
import de.koeln.zks.training.api.TrainingRecords;

class DrillTrainingLinkTest {
    private final AlarmService alarms = mock(AlarmService.class);
    private final TrainingRecords training = mock(TrainingRecords.class);
    private final DrillTrainingLink link = new DrillTrainingLink(alarms, training);

    private Alarm alarm(boolean drill, AlarmState state) {
        Alarm a = new Alarm();
        a.id = 7L;
        a.drill = drill;
        a.state = state;
        a.raisedBy = "eva";
        a.acknowledgedBy = "rita";
        a.closedBy = "rita";
        a.closedAt = OffsetDateTime.parse("2026-11-27T23:30:00Z");
        return a;
    }

    @Test
    void aClosedDrillIsPracticeForWhoRaisedAcknowledgedAndClosedIt() {
        when(alarms.get(Caller.SYSTEM, 7L)).thenReturn(alarm(true, AlarmState.CLOSED));
        when(training.recordPractice(any(), any(), any(), any(), anyString(), anyString())).thenReturn(2);
        assertThat(link.record(7L)).isEqualTo(2);
        verify(training).recordPractice(Caller.SYSTEM, List.of("eva", "rita"), CourseTopic.SILENT_ALARM,
            LocalDate.parse("2026-11-28"), "ALARM_DRILL", "alarm-7");
    }

    @Test
    void realAlarmsAndCancelledDrillsAreNoTraining() {
        when(alarms.get(Caller.SYSTEM, 7L)).thenReturn(alarm(false, AlarmState.CLOSED));
        assertThat(link.record(7L)).isZero();
        when(alarms.get(Caller.SYSTEM, 7L)).thenReturn(alarm(true, AlarmState.CANCELLED));
        assertThat(link.record(7L)).isZero();
        verify(training, never()).recordPractice(any(), any(), any(), any(), anyString(), eq("alarm-7"));
    }
}
