package de.koeln.zks.platform.plugins.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;

/**
 * What the platform has seen of each plugin bundle while it runs: problems (newest first, at most ten), its extra
 * fields and listeners, and its listeners' event counters. Forgotten when the bundle starts again, is updated or
 * uninstalled, so that a fixed plugin starts with a clean record.
 */
@Component(service = PluginHealth.class)
public class PluginHealth {
    static final int MAX_PROBLEMS = 10;

    private final Map<Long, Record> records = new ConcurrentHashMap<>();
    private final Clock clock;

    public PluginHealth() {
        this(Clock.systemUTC());
    }

    PluginHealth(Clock clock) {
        this.clock = clock;
    }

    /** One bundle's record. */
    static final class Record {
        private final Deque<String> problems = new ArrayDeque<>();
        volatile OffsetDateTime lastProblemAt;
        final AtomicInteger extraFields = new AtomicInteger();
        final AtomicInteger listeners = new AtomicInteger();
        final AtomicLong handled = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();

        synchronized List<String> problems() {
            return new ArrayList<>(problems);
        }

        synchronized void add(String problem, OffsetDateTime at) {
            problems.addFirst(problem);
            while (problems.size() > MAX_PROBLEMS) {
                problems.removeLast();
            }
            lastProblemAt = at;
        }
    }

    Record of(long bundleId) {
        return records.computeIfAbsent(bundleId, id -> new Record());
    }

    /** A problem that makes the plugin count as failed until it is started again or updated. */
    void problem(long bundleId, String message) {
        of(bundleId).add(message, OffsetDateTime.now(clock));
    }

    /** A new run of the bundle: problems and counters start again; registrations (fields, listeners) stay. */
    void restarted(long bundleId) {
        Record old = records.get(bundleId);
        Record fresh = new Record();
        if (old != null) {
            fresh.extraFields.set(old.extraFields.get());
            fresh.listeners.set(old.listeners.get());
        }
        records.put(bundleId, fresh);
    }

    void forget(long bundleId) {
        records.remove(bundleId);
    }
}
