package de.koeln.zks.alarm.incidents.internal;

import java.time.ZoneOffset;
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
import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmEvents;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.platform.api.Caller;

/**
 * A closed real alarm leaves an incident draft for the employee who raised it (level from the close,
 * place and time from the alarm), linked both ways: the draft carries the alarm in its description and
 * idempotency key ({@code alarm-<id>}, so a repeated event makes no second draft), the alarm gets the
 * incident id. This bundle exists only where both modules are installed (a conditional of {@code zks-alarm}).
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + AlarmEvents.CLOSED)
public class AlarmIncidentLink implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmIncidentLink.class);

    private final AlarmService alarms;
    private final IncidentService incidents;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zks-alarm-incident-link");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public AlarmIncidentLink(@Reference AlarmService alarms, @Reference IncidentService incidents) {
        this.alarms = alarms;
        this.incidents = incidents;
    }

    @Deactivate
    void deactivate() {
        worker.shutdown();
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(AlarmEvents.ALARM_ID);
        if (!(id instanceof Long alarmId) || Boolean.TRUE.equals(event.getProperty(AlarmEvents.DRILL))) {
            return;
        }
        worker.execute(() -> link(alarmId));
    }

    /** Makes the draft of a closed real alarm and links it; does nothing for others or when already linked. */
    Incident link(long alarmId) {
        try {
            Alarm alarm = alarms.get(Caller.SYSTEM, alarmId);
            if (alarm.drill || alarm.state != AlarmState.CLOSED || alarm.incidentId != null) {
                return null;
            }
            Incident draft = incidents.draft(Caller.SYSTEM, alarm.raisedBy, draftOf(alarm), "alarm-" + alarmId);
            alarms.linkIncident(Caller.SYSTEM, alarmId, draft.id);
            LOG.info("Alarm {} left the incident draft {} for {}", alarmId, draft.id, alarm.raisedBy);
            return draft;
        } catch (RuntimeException e) {
            LOG.error("Could not leave an incident draft for alarm {}", alarmId, e);
            return null;
        }
    }

    static IncidentInput draftOf(Alarm alarm) {
        IncidentInput in = new IncidentInput();
        in.occurredAt = alarm.raisedAt.withOffsetSameInstant(ZoneOffset.UTC);
        in.unit = alarm.point.unit != null ? alarm.point.unit : alarm.point.building;
        Location location = new Location();
        location.building = alarm.point.building;
        location.floor = alarm.point.floor;
        location.room = alarm.point.room == null ? alarm.point.id : alarm.point.room;
        in.location = location;
        in.kind = alarm.alarmClass == AlarmClass.RAMPAGE ? IncidentKind.WEAPON
            : alarm.alarmClass == AlarmClass.DEESCALATION ? IncidentKind.INSULT : IncidentKind.THREAT;
        in.level = alarm.level;
        in.description = "Stiller Alarm " + alarm.id + " (" + alarm.alarmClass + ") an " + alarm.point.id
            + ", ausgelöst " + alarm.raisedAt + (alarm.note == null ? "" : ", Notiz: " + alarm.note)
            + ". Entwarnung durch " + alarm.closedBy + ": " + alarm.outcome
            + ". Bitte ergänzen und absenden.";
        in.policeCalled = alarm.callPolice ? Boolean.TRUE : null;
        return in;
    }
}
