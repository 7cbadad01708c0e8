package de.koeln.zks.benchmarks.alarm;

import de.koeln.zks.benchmarks.ErrorSamples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Thread-safe tally of things that went wrong, by key ({@code trigger HTTP 500}, {@code close
 * HttpTimeoutException}, {@code stream ended: EOFException} ...), keeping the first few descriptions (request
 * and answer body) per key as samples for the report.
 */
final class Problems {

    static final int SAMPLES_PER_KEY = 3;
    static final int MAX_BODY_CHARS = 300;

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<String>> samples = new ConcurrentHashMap<>();

    void add(String key, String sample) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        List<String> list = samples.computeIfAbsent(key, k -> new ArrayList<>());
        synchronized (list) {
            if (list.size() < SAMPLES_PER_KEY && sample != null) {
                list.add(sample);
            }
        }
    }

    /** Counts per key, sorted by key. */
    Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        counts.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    long count(String keyPrefix) {
        return counts().entrySet().stream().filter(e -> e.getKey().startsWith(keyPrefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    long total() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** E.g. {@code close HTTP 404×2, trigger HTTP 500×3}; empty when nothing went wrong. */
    String summary() {
        return counts().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The sample lines, grouped by key. */
    List<String> sampleLines() {
        List<String> lines = new ArrayList<>();
        for (String key : counts().keySet()) {
            List<String> list = samples.getOrDefault(key, List.of());
            synchronized (list) {
                list.forEach(s -> lines.add(key + ": " + s));
            }
        }
        return lines;
    }

    /** A body on one line, cut to a readable length. */
    static String shorten(String body) {
        return ErrorSamples.shorten(body);
    }
}
