package de.koeln.zks.platform.plugins.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.spi.PlatformEventListener;

/**
 * Hands the platform's events ({@code de/koeln/zks/...}) to the plugins' {@link PlatformEventListener}s, each on a
 * thread of its own ({@link ListenerSlot}), so that EventAdmin's delivery, the request that posted the event and the
 * other plugins never wait for a plugin. A watchdog reports listeners blocked for longer than
 * {@link #BLOCKED_AFTER}.
 */
@Component(service = EventHandler.class, immediate = true, property = EventConstants.EVENT_TOPIC + "=de/koeln/zks/*")
public class ListenerDispatcher implements EventHandler {
    static final Duration BLOCKED_AFTER = Duration.ofSeconds(30);
    static final int QUEUE_CAPACITY = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ListenerDispatcher.class);

    private final PluginHealth health;
    private final Duration blockedAfter;
    private final int queueCapacity;
    private final Map<Object, ListenerSlot> slots = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "zks-listener-watchdog");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ListenerDispatcher(@Reference PluginHealth health) {
        this(health, BLOCKED_AFTER, QUEUE_CAPACITY);
    }

    ListenerDispatcher(PluginHealth health, Duration blockedAfter, int queueCapacity) {
        this.health = health;
        this.blockedAfter = blockedAfter;
        this.queueCapacity = queueCapacity;
        long period = Math.max(100, Math.min(1_000, blockedAfter.toMillis() / 4));
        watchdog.scheduleAtFixedRate(this::watch, period, period, TimeUnit.MILLISECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ServiceReference<PlatformEventListener> ref, PlatformEventListener listener) {
        Bundle bundle = ref.getBundle();
        add(ref, listener, bundle == null ? -1 : bundle.getBundleId(), PluginBundles.name(bundle));
    }

    void removeListener(ServiceReference<PlatformEventListener> ref) {
        remove(ref);
    }

    /** Registers a listener under a key (its service reference); a listener whose topics cannot be read is refused. */
    void add(Object key, PlatformEventListener listener, long bundleId, String plugin) {
        Set<String> topics;
        try {
            topics = listener.topics();
        } catch (RuntimeException e) {
            health.problem(bundleId, "listener " + listener.getClass().getName() + " could not name its topics: " + e);
            LOG.warn("Listener {} of plugin {} could not name its topics; it gets no events", listener.getClass().getName(),
                plugin, e);
            return;
        }
        if (topics == null || topics.isEmpty()) {
            health.problem(bundleId, "listener " + listener.getClass().getName() + " names no topics");
            return;
        }
        ListenerSlot old = slots.put(key, new ListenerSlot(listener, bundleId, plugin, topics, queueCapacity, health));
        if (old != null) {
            old.close();
        } else {
            health.of(bundleId).listeners.incrementAndGet();
        }
        LOG.info("Plugin {}: listener {} on {}", plugin, listener.getClass().getName(), topics);
    }

    void remove(Object key) {
        ListenerSlot slot = slots.remove(key);
        if (slot != null) {
            slot.close();
            health.of(slot.bundleId()).listeners.decrementAndGet();
            LOG.info("Plugin {}: a listener is gone", slot.plugin());
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (slots.isEmpty()) {
            return;
        }
        String topic = event.getTopic();
        Map<String, Object> properties = null;
        for (ListenerSlot slot : slots.values()) {
            if (slot.wants(topic)) {
                if (properties == null) {
                    properties = properties(event);
                }
                slot.offer(topic, properties);
            }
        }
    }

    private static Map<String, Object> properties(Event event) {
        Map<String, Object> copy = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            if (!EventConstants.EVENT_TOPIC.equals(name)) {
                copy.put(name, event.getProperty(name));
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    private void watch() {
        long now = System.nanoTime();
        for (ListenerSlot slot : slots.values()) {
            try {
                slot.watch(now, blockedAfter);
            } catch (RuntimeException e) {
                LOG.warn("Watching listener of {} failed", slot.plugin(), e);
            }
        }
    }

    @Deactivate
    void deactivate() {
        watchdog.shutdownNow();
        slots.values().forEach(ListenerSlot::close);
        slots.clear();
    }
}
