package de.koeln.zks.training.internal.service;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.EventAdmin;

import de.koeln.zks.platform.support.Events;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.TrainingEvents;

/** Posts the module's events (asynchronously) after a change is stored; a failing EventAdmin never fails the change. */
final class TrainingEventPublisher {
    private final EventAdmin eventAdmin;

    TrainingEventPublisher(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void registration(String topic, Registration r) {
        Map<String, Object> p = new HashMap<>();
        p.put(TrainingEvents.REGISTRATION, r.id);
        p.put(TrainingEvents.SESSION, r.session);
        p.put(TrainingEvents.PARTICIPANT, r.participant);
        p.put(TrainingEvents.STATUS, r.status.name());
        if (r.position != null) {
            p.put(TrainingEvents.POSITION, r.position);
        }
        if (r.reason != null) {
            p.put(TrainingEvents.REASON, r.reason);
        }
        if (r.attended != null) {
            p.put(TrainingEvents.ATTENDED_PROPERTY, r.attended);
        }
        post(topic, p);
    }

    void session(String topic, long sessionId, String reason) {
        Map<String, Object> p = new HashMap<>();
        p.put(TrainingEvents.SESSION, sessionId);
        if (reason != null) {
            p.put(TrainingEvents.REASON, reason);
        }
        post(topic, p);
    }

    private void post(String topic, Map<String, Object> properties) {
        Events.post(eventAdmin, topic, properties);
    }
}
