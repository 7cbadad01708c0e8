package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The totals of measure lists, kept for a short while: counting the open measures due before a date reads every one of
 * them in the index (13,500 of 50,000 for a quarter ahead, ~5 ms), and a list is mostly read again and again between
 * two changes. Every change of a measure through this JVM ({@link #changed()}, called after its commit) makes all kept
 * totals void, so on one node a total is exact; a change made elsewhere (a second node on a shared database) shows
 * after {@link #MAX_AGE} at the latest.
 */
final class CountCache {
    static final Duration MAX_AGE = Duration.ofSeconds(2);
    static final int MAX_ENTRIES = 1000;

    private record Entry(long generation, long count, long atMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    CountCache(Clock clock) {
        this.clock = clock;
    }

    /** The total of the list {@code key}, counted by {@code count} unless a fresh one is kept. */
    long get(String key, LongSupplier count) {
        // the generation is read before counting: a change committed while counting makes this total void at once
        long g = generation.get();
        long now = clock.millis();
        Entry e = entries.get(key);
        if (e != null && e.generation() == g && now - e.atMillis() < MAX_AGE.toMillis() && now >= e.atMillis()) {
            return e.count();
        }
        long counted = count.getAsLong();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(g, counted, now));
        return counted;
    }

    /** A measure was added or changed (and committed): no kept total is valid any more. */
    void changed() {
        generation.incrementAndGet();
    }
}
