package de.koeln.zks.platform.plugins.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.spi.PlatformEventListener;

/**
 * One listener with a thread and a bounded queue of its own: it gets its events one at a time and in order, and
 * whatever it does (throw, block, fall behind) stays with it. A full queue drops the newest event (counted and
 * logged); the watchdog reports a call that runs longer than the threshold once per call.
 */
final class ListenerSlot {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerSlot.class);

    private final PlatformEventListener listener;
    private final long bundleId;
    private final String plugin;
    private final String label;
    private final List<String> topics;
    private final PluginHealth health;
    private final ThreadPoolExecutor executor;
    private final AtomicLong droppedSinceLog = new AtomicLong();
    private volatile long busySince;
    private volatile String busyTopic;
    private volatile boolean blockReported;

    ListenerSlot(PlatformEventListener listener, long bundleId, String plugin, Set<String> topics, int queueCapacity,
            PluginHealth health) {
        this.listener = listener;
        this.bundleId = bundleId;
        this.plugin = plugin;
        this.label = plugin + "/" + listener.getClass().getSimpleName();
        this.topics = List.copyOf(topics);
        this.health = health;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "zks-listener-" + label);
            t.setDaemon(true);
            return t;
        });
    }

    long bundleId() {
        return bundleId;
    }

    String plugin() {
        return plugin;
    }

    boolean wants(String topic) {
        for (String t : topics) {
            if (t.equals(topic) || t.equals("*")
                    || t.endsWith("/*") && topic.startsWith(t.substring(0, t.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Queues the event for the listener; never blocks the caller. */
    void offer(String topic, Map<String, Object> properties) {
        try {
            executor.execute(() -> deliver(topic, properties));
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                return;
            }
            health.of(bundleId).dropped.incrementAndGet();
            if (droppedSinceLog.getAndIncrement() == 0) {
                LOG.warn("Listener {} falls behind: its queue is full, events are dropped (first: {})", label, topic);
                health.problem(bundleId, "listener " + label + " fell behind; events were dropped");
            }
        }
    }

    private void deliver(String topic, Map<String, Object> properties) {
        busyTopic = topic;
        busySince = System.nanoTime();
        try {
            listener.onEvent(topic, properties);
            health.of(bundleId).handled.incrementAndGet();
        } catch (Exception | LinkageError | AssertionError e) {
            health.of(bundleId).failed.incrementAndGet();
            health.problem(bundleId, "listener " + label + " threw on " + topic + ": " + e);
            LOG.warn("Listener {} of plugin {} threw on {}", label, plugin, topic, e);
        } finally {
            busySince = 0;
            blockReported = false;
            if (executor.getQueue().isEmpty()) {
                droppedSinceLog.set(0);
            }
        }
    }

    /** Reports a call that has been running longer than the threshold (once per call). */
    void watch(long nowNanos, Duration threshold) {
        long since = busySince;
        if (since != 0 && !blockReported && nowNanos - since > threshold.toNanos()) {
            blockReported = true;
            long seconds = TimeUnit.NANOSECONDS.toSeconds(nowNanos - since);
            health.problem(bundleId, "listener " + label + " has been blocked for " + seconds + " s on " + busyTopic);
            LOG.warn("Listener {} of plugin {} has been blocked for {} s on {}; its events queue up, others go on",
                label, plugin, seconds, busyTopic);
        }
    }

    /** Stops delivering: queued events are dropped, a running call is interrupted. */
    void close() {
        executor.shutdownNow();
    }
}
