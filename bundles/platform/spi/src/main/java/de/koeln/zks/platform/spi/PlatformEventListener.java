package de.koeln.zks.platform.spi;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a plugin: called for the platform's events (for example {@code de/koeln/zks/incidents/REPORTED},
 * {@code de/koeln/zks/alarm/RAISED}) after the change is stored. Calls come on a thread of the listener's own, one at a
 * time and in order, never on a request's thread: a slow or failing listener never delays or breaks a request or
 * another plugin. A listener that throws or blocks is logged and its plugin listed as failed.
 */
@ConsumerType
public interface PlatformEventListener {

    /** Topics, as EventAdmin writes them; a trailing {@code *} matches a whole module, e.g. {@code de/koeln/zks/incidents/*}. */
    Set<String> topics();

    void onEvent(String topic, Map<String, Object> properties) throws Exception;
}
