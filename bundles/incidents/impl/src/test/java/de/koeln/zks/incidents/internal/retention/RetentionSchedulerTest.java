package de.koeln.zks.incidents.internal.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.incidents.internal.testing.Configs;
import de.koeln.zks.platform.api.Caller;

class RetentionSchedulerTest {
    private final IncidentService incidents = mock(IncidentService.class);
    private final ScheduledExecutorService executor = mock(ScheduledExecutorService.class);
    private final ScheduledFuture<?> future = mock(ScheduledFuture.class);

    private final DutyService duties = mock(DutyService.class);
    private final WarningService warnings = mock(WarningService.class);

    static IncidentsConfig config(int days, int hours) {
        return Configs.incidents(Map.of("retentionDays", days, "retentionCheckHours", hours, "reminderCheckMinutes", 15));
    }

    @Test
    void runsTheRetentionAsSystemEveryConfiguredHoursAndReschedulesOnChange() {
        doReturn(future).when(executor).scheduleWithFixedDelay(any(), anyLong(), anyLong(), any());
        RetentionScheduler scheduler = new RetentionScheduler(incidents, duties, warnings, executor, config(1825, 24));
        ArgumentCaptor<Runnable> job = ArgumentCaptor.forClass(Runnable.class);
        verify(executor).scheduleWithFixedDelay(job.capture(), eq(60L), eq(24L * 3600), eq(TimeUnit.SECONDS));
        ArgumentCaptor<Runnable> reminders = ArgumentCaptor.forClass(Runnable.class);
        verify(executor).scheduleWithFixedDelay(reminders.capture(), eq(30L), eq(15L * 60), eq(TimeUnit.SECONDS));

        job.getValue().run();
        verify(incidents).eraseExpired(Caller.SYSTEM);
        when(warnings.housekeeping(Caller.SYSTEM)).thenReturn(new WarningService.Housekeeping(1, 0, 0, 2));
        reminders.getValue().run();
        verify(duties).remind(Caller.SYSTEM);
        verify(warnings).housekeeping(Caller.SYSTEM);

        scheduler.modified(config(1825, 6));
        verify(future, org.mockito.Mockito.times(2)).cancel(false);
        verify(executor).scheduleWithFixedDelay(any(), eq(60L), eq(6L * 3600), eq(TimeUnit.SECONDS));

        scheduler.deactivate();
        verify(executor).shutdownNow();
    }

    @Test
    void aFailedRunIsLoggedAndTheScheduleGoesOn() {
        doReturn(future).when(executor).scheduleWithFixedDelay(any(), anyLong(), anyLong(), any());
        when(incidents.eraseExpired(any())).thenThrow(new IllegalStateException("database down"));
        RetentionScheduler scheduler = new RetentionScheduler(incidents, duties, warnings, executor, config(1825, 0));
        verify(executor).scheduleWithFixedDelay(any(), eq(60L), eq(3600L), eq(TimeUnit.SECONDS));
        scheduler.run();
        verify(incidents).eraseExpired(Caller.SYSTEM);
        assertThat(scheduler).isNotNull();
    }

    @Test
    void aFailingReminderDoesNotKeepTheRegisterHousekeepingFromRunning() {
        doReturn(future).when(executor).scheduleWithFixedDelay(any(), anyLong(), anyLong(), any());
        when(duties.remind(any())).thenThrow(new IllegalStateException("database down"));
        when(warnings.housekeeping(any())).thenReturn(new WarningService.Housekeeping(0, 0, 0, 0));
        RetentionScheduler scheduler = new RetentionScheduler(incidents, duties, warnings, executor, config(1825, 24));
        scheduler.remind();
        verify(warnings).housekeeping(Caller.SYSTEM);
    }
}
