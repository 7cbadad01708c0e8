package de.koeln.zks.inspections.internal.scheduling;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.platform.api.Caller;

/** Reminds overdue measures (event {@code MEASURE_OVERDUE}, once each) every hour on its own thread. */
@Component(service = {})
public class MeasureReminders {
    static final long PERIOD_MINUTES = 60;
    private static final Logger LOG = LoggerFactory.getLogger(MeasureReminders.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zks-inspections-reminders");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public MeasureReminders(@Reference MeasureService measures) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                int n = measures.remindOverdue(Caller.SYSTEM);
                if (n > 0) {
                    LOG.info("{} measures became overdue and were reminded", n);
                }
            } catch (RuntimeException e) {
                LOG.error("Reminding overdue measures failed; trying again at the next run", e);
            }
        }, 1, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }
}
