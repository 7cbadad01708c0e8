package de.koeln.zks.incidents.internal.retention;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.platform.api.Caller;

/**
 * The module's scheduled work on its own thread: the retention of incidents ({@link IncidentService#eraseExpired})
 * every {@code retentionCheckHours}, first a minute after start; and every {@code reminderCheckMinutes}, first
 * {@value #FIRST_REMINDER_DELAY_SECONDS} seconds after start, the reminders of duties ({@link DutyService#remind})
 * and the housekeeping of the warning register ({@link WarningService#housekeeping}: expiry, erasure, due reviews).
 * The same configuration gives the services their periods.
 */
@Component(service = {}, configurationPid = IncidentsConfig.PID)
@Designate(ocd = IncidentsConfig.class)
public class RetentionScheduler {
    static final long FIRST_RUN_DELAY_SECONDS = 60;
    static final long FIRST_REMINDER_DELAY_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);

    private final IncidentService incidents;
    private final DutyService duties;
    private final WarningService warnings;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> task;
    private ScheduledFuture<?> reminders;

    @Activate
    public RetentionScheduler(@Reference IncidentService incidents, @Reference DutyService duties,
            @Reference WarningService warnings, IncidentsConfig config) {
        this(incidents, duties, warnings, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "zks-incidents-retention");
            thread.setDaemon(true);
            return thread;
        }), config);
    }

    RetentionScheduler(IncidentService incidents, DutyService duties, WarningService warnings,
            ScheduledExecutorService executor, IncidentsConfig config) {
        this.incidents = incidents;
        this.duties = duties;
        this.warnings = warnings;
        this.executor = executor;
        schedule(config);
    }

    @Modified
    void modified(IncidentsConfig config) {
        schedule(config);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private synchronized void schedule(IncidentsConfig config) {
        if (task != null) {
            task.cancel(false);
        }
        long hours = Math.max(1, config.retentionCheckHours());
        task = executor.scheduleWithFixedDelay(this::run, FIRST_RUN_DELAY_SECONDS, TimeUnit.HOURS.toSeconds(hours),
            TimeUnit.SECONDS);
        if (reminders != null) {
            reminders.cancel(false);
        }
        long minutes = Math.max(1, config.reminderCheckMinutes());
        reminders = executor.scheduleWithFixedDelay(this::remind, FIRST_REMINDER_DELAY_SECONDS,
            TimeUnit.MINUTES.toSeconds(minutes), TimeUnit.SECONDS);
    }

    /** One run; a failure is logged and the next run tries again. */
    void run() {
        try {
            incidents.eraseExpired(Caller.SYSTEM);
        } catch (RuntimeException e) {
            LOG.error("Retention of incidents failed; trying again at the next run", e);
        }
    }

    /** One run of reminders and register housekeeping; each part fails on its own and is tried again. */
    void remind() {
        try {
            duties.remind(Caller.SYSTEM);
        } catch (RuntimeException e) {
            LOG.error("Reminding duties failed; trying again at the next run", e);
        }
        try {
            WarningService.Housekeeping done = warnings.housekeeping(Caller.SYSTEM);
            if (done.expired() + done.erasedEntries() + done.erasedChecks() + done.reviewsReminded() > 0) {
                LOG.info("Warning register: {} expired, {} erased, {} checks erased, {} reviews reminded", done.expired(),
                    done.erasedEntries(), done.erasedChecks(), done.reviewsReminded());
            }
        } catch (RuntimeException e) {
            LOG.error("Housekeeping of the warning register failed; trying again at the next run", e);
        }
    }
}
