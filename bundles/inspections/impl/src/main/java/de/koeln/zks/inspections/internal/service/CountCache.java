package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The totals of measure lists, kept for a short while: counting the open measures due before a date reads every one of
 * them in the index (13,500 of 50,000 for a quarter ahead, ~5 ms), and a list is mostly read again and again between
 * two changes. Every change of a measure through this JVM ({@link #changed()}, called after its commit) makes all kept
 * totals void, so on one node a total is exact; a change made elsewhere (a second node on a shared database) shows
 * after {@link #MAX_AGE} at the latest. Requests that need the same total at the same time share one count, so a total
 * that has just become void is not counted by every request that arrives while it is being counted.
 */
final class CountCache {
    static final Duration MAX_AGE = Duration.ofSeconds(2);
    static final int MAX_ENTRIES = 1000;

    /** A total counted (or being counted) since {@code atMillis} while the generation was {@code generation}. */
    private record Entry(long generation, long atMillis, CompletableFuture<Long> total) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    CountCache(Clock clock) {
        this.clock = clock;
    }

    /** The total of the list {@code key}, counted by {@code count} unless a fresh one is kept or being counted. */
    long get(String key, LongSupplier count) {
        // the generation is read before counting: a change committed while counting makes this total void at once
        long g = generation.get();
        long now = clock.millis();
        Entry kept = entries.get(key);
        if (kept != null && kept.generation() == g && now - kept.atMillis() < MAX_AGE.toMillis() && now >= kept.atMillis()) {
            Long total = join(kept);
            if (total != null) {
                return total;
            }
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
            kept = null;
        }
        Entry mine = new Entry(g, now, new CompletableFuture<>());
        boolean installed = kept == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, kept, mine);
        if (!installed) {
            Entry other = entries.get(key);
            Long total = other != null && other.generation() == g ? join(other) : null;
            if (total != null) {
                return total; // counted by a request that needed it at the same moment
            }
        }
        try {
            long counted = count.getAsLong();
            mine.total().complete(counted);
            return counted;
        } catch (RuntimeException e) {
            mine.total().completeExceptionally(e);
            entries.remove(key, mine);
            throw e;
        }
    }

    /** The total of an entry, waiting while it is being counted; null if that count failed (its request got the error). */
    private static Long join(Entry e) {
        try {
            return e.total().join();
        } catch (CompletionException | java.util.concurrent.CancellationException failed) {
            return null;
        }
    }

    /** A measure was added or changed (and committed): no kept total is valid any more. */
    void changed() {
        generation.incrementAndGet();
    }
}
