package de.koeln.zks.platform.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An EventAdmin that remembers what was posted; sending synchronously is not expected. */
public final class RecordingEvents implements EventAdmin {
    public final List<Event> posted = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        throw new AssertionError("events are posted asynchronously, never sent");
    }

    public List<Event> on(String topic) {
        synchronized (posted) {
            return posted.stream().filter(e -> e.getTopic().equals(topic)).toList();
        }
    }
}
