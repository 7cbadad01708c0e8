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

import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.platform.api.Caller;

/**
 * Runs the retention of incidents ({@link IncidentService#eraseExpired}) every {@code retentionCheckHours}
 * on its own thread, first a minute after start. The same configuration gives the service its
 * {@code retentionDays}.
 */
@Component(service = {}, configurationPid = IncidentsConfig.PID)
@Designate(ocd = IncidentsConfig.class)
public class RetentionScheduler {
    static final long FIRST_RUN_DELAY_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);

    private final IncidentService incidents;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> task;

    @Activate
    public RetentionScheduler(@Reference IncidentService incidents, IncidentsConfig config) {
        this(incidents, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "zks-incidents-retention");
            thread.setDaemon(true);
            return thread;
        }), config);
    }

    RetentionScheduler(IncidentService incidents, ScheduledExecutorService executor, IncidentsConfig config) {
        this.incidents = incidents;
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
    }

    /** One run; a failure is logged and the next run tries again. */
    void run() {
        try {
            incidents.eraseExpired(Caller.SYSTEM);
        } catch (RuntimeException e) {
            LOG.error("Retention of incidents failed; trying again at the next run", e);
        }
    }
}
