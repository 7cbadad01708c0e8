package de.koeln.zks.training.alarm.internal;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmEvents;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.training.api.CourseTopic;
import de.koeln.zks.training.api.TrainingRecords;

/**
 * A completed silent-alarm drill (closed, not cancelled) counts as practical training in using the silent alarm
 * for the people who took part: who raised it, who acknowledged it and who gave the all-clear. The record's
 * reference is {@code alarm-<id>}, so a repeated event records nothing twice. This bundle exists only where both
 * modules are installed (a conditional of {@code zks-training}); the training module works unchanged without it.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + AlarmEvents.CLOSED)
public class DrillTrainingLink implements EventHandler {
    static final String SOURCE = "ALARM_DRILL";
    private static final Logger LOG = LoggerFactory.getLogger(DrillTrainingLink.class);
    /** The centre's local date of the drill. */
    private static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

    private final AlarmService alarms;
    private final TrainingRecords training;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zks-training-drill-link");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DrillTrainingLink(@Reference AlarmService alarms, @Reference TrainingRecords training) {
        this.alarms = alarms;
        this.training = training;
    }

    @Deactivate
    void deactivate() {
        worker.shutdown();
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(AlarmEvents.ALARM_ID);
        if (id instanceof Long alarmId && Boolean.TRUE.equals(event.getProperty(AlarmEvents.DRILL))) {
            worker.execute(() -> record(alarmId));
        }
    }

    /** Records the drill for its participants; nothing for a real alarm or one that is not closed. */
    int record(long alarmId) {
        try {
            Alarm alarm = alarms.get(Caller.SYSTEM, alarmId);
            if (!alarm.drill || alarm.state != AlarmState.CLOSED) {
                return 0;
            }
            Set<String> participants = new LinkedHashSet<>();
            for (String who : new String[] {alarm.raisedBy, alarm.acknowledgedBy, alarm.closedBy}) {
                if (who != null && !who.equals(Caller.SYSTEM.name())) {
                    participants.add(who);
                }
            }
            int made = training.recordPractice(Caller.SYSTEM, List.copyOf(participants), CourseTopic.SILENT_ALARM,
                alarm.closedAt.atZoneSameInstant(LOCAL).toLocalDate(), SOURCE, "alarm-" + alarmId);
            LOG.info("Alarm drill {} recorded as practical training for {}", alarmId, participants);
            return made;
        } catch (RuntimeException e) {
            LOG.error("Could not record alarm drill {} as training", alarmId, e);
            return 0;
        }
    }
}
