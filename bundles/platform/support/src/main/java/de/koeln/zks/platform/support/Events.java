package de.koeln.zks.platform.support;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a module's events after its change is committed. A failing EventAdmin is logged, never passed to the
 * caller: the change is stored and stays stored. The log names the topic and the properties' names, not their
 * values: events may name people (a course's participant, a report's unit and room).
 * <p>
 * Karaf's EventAdmin adds the JAAS subject of the posting thread to every event without one
 * ({@code org.apache.felix.eventadmin.AddSubject=true}, Karaf's default, which its audit log relies on). To find it,
 * it takes the thread's access control context, a walk over the whole request stack: 2.7 % of the server's CPU per
 * incident report (profile of 2026-11-28). The platform's requests never run as a JAAS subject (the caller is in
 * the event's own properties), so that walk always found nothing. Posting from a privileged block makes it stop at
 * this class (about 1 % remains, the JVM's setup of the walk); the event is the same.
 */
public final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private Events() {
    }

    /** Posts {@code topic} with {@code properties}; true if the EventAdmin took it. */
    public static boolean post(EventAdmin eventAdmin, String topic, Map<String, ?> properties) {
        Event event;
        try {
            event = new Event(topic, properties);
        } catch (RuntimeException e) {
            LOG.warn("Could not make event {} with {}", topic, properties == null ? "no properties" : properties.keySet(), e);
            return false;
        }
        return post(eventAdmin, event);
    }

    /** Posts {@code event}; true if the EventAdmin took it. */
    @SuppressWarnings("removal") // AccessController: still how Karaf's EventAdmin finds the subject on Java 17
    public static boolean post(EventAdmin eventAdmin, Event event) {
        try {
            AccessController.doPrivileged((PrivilegedAction<Void>) () -> {
                eventAdmin.postEvent(event);
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not post event {} with {}", event.getTopic(), names(event), e);
            return false;
        }
    }

    private static List<String> names(Event event) {
        return Arrays.stream(event.getPropertyNames()).filter(name -> !EventConstants.EVENT_TOPIC.equals(name))
            .sorted().toList();
    }
}
