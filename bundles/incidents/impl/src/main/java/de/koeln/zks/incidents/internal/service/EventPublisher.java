package de.koeln.zks.incidents.internal.service;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.EventAdmin;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.incidents.api.WarningStatus;
import de.koeln.zks.platform.support.Events;

/**
 * Posts the module's events (asynchronously) after a change is stored. No personal data: ids, level, kind,
 * unit, statuses and the place (building, floor, room) only. A failing EventAdmin never fails the stored change.
 */
final class EventPublisher {

    private final EventAdmin eventAdmin;

    EventPublisher(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void incident(String topic, Incident incident, IncidentStatus previous) {
        Map<String, Object> p = new HashMap<>();
        p.put(IncidentEvents.ID, incident.id);
        p.put(IncidentEvents.LEVEL, incident.level);
        p.put(IncidentEvents.KIND, incident.kind.name());
        p.put(IncidentEvents.UNIT, incident.unit);
        p.put(IncidentEvents.STATUS, incident.status.name());
        if (previous != null) {
            p.put(IncidentEvents.PREVIOUS_STATUS, previous.name());
        }
        if (incident.location != null) {
            putIfKnown(p, IncidentEvents.BUILDING, incident.location.building);
            putIfKnown(p, IncidentEvents.FLOOR, incident.location.floor);
            putIfKnown(p, IncidentEvents.ROOM, incident.location.room);
        }
        post(topic, p);
    }

    void notice(RiskNotice notice) {
        Map<String, Object> p = new HashMap<>();
        p.put(IncidentEvents.ID, notice.id);
        if (notice.unit != null) {
            p.put(IncidentEvents.UNIT, notice.unit);
        }
        post(IncidentEvents.NOTICE_PUBLISHED, p);
    }

    void dutyDue(Duty duty, boolean overdue) {
        Map<String, Object> p = new HashMap<>();
        p.put(IncidentEvents.ID, duty.incidentId);
        p.put(IncidentEvents.DUTY_ID, duty.id);
        p.put(IncidentEvents.DUTY, duty.code);
        p.put(IncidentEvents.OWNER, duty.owner.name());
        if (duty.unit != null) {
            p.put(IncidentEvents.UNIT, duty.unit);
        }
        if (duty.level != null) {
            p.put(IncidentEvents.LEVEL, duty.level);
        }
        p.put(IncidentEvents.DUE_AT, duty.dueAt.toString());
        p.put(IncidentEvents.OVERDUE, overdue);
        post(IncidentEvents.DUTY_DUE, p);
    }

    void warning(long id, WarningStatus status, int level) {
        post(IncidentEvents.WARNING_CHANGED, Map.of(IncidentEvents.ID, id, IncidentEvents.STATUS, status.name(),
            IncidentEvents.LEVEL, level));
    }

    void reviewDue(long id, int level) {
        post(IncidentEvents.WARNING_REVIEW_DUE, Map.of(IncidentEvents.ID, id, IncidentEvents.LEVEL, level));
    }

    private static void putIfKnown(Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }

    private void post(String topic, Map<String, Object> properties) {
        Events.post(eventAdmin, topic, properties);
    }
}
