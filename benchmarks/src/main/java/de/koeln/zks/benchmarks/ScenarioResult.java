package de.koeln.zks.benchmarks;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Outcome of one measured scenario. {@code requests} counts every request that completed inside the measured
 * window, successful or not; {@code errors} counts the failed ones by HTTP status or exception. Throughput and
 * latencies (recorded in microseconds) are those of the successful (2xx) requests only, so fast error answers
 * can neither inflate req/s nor flatter the percentiles. Failures outside the measured window (during
 * warm-up, or answered after its end) are not part of the measurement but still counted in
 * {@code unmeasuredErrors} and shown.
 */
public record ScenarioResult(String name, long requests, SortedMap<String, Long> errors, long unmeasuredErrors,
                             double seconds, Histogram latencyMicros) {

    public ScenarioResult {
        errors = new TreeMap<>(errors);
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public long successes() {
        return requests - errorCount();
    }

    /** Successful (2xx) requests per second of the measured window. */
    public double requestsPerSecond() {
        return seconds <= 0 ? 0 : successes() / seconds;
    }

    /** Latency at the given percentile (0..100) in milliseconds, 0 when nothing was recorded. */
    public double percentileMillis(double percentile) {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    public double maxMillis() {
        return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getMaxValue() / 1000.0;
    }

    /** E.g. {@code HTTP 401×12, HttpTimeoutException×2, 3 outside the measured window}; empty when all went well. */
    public String errorSummary() {
        String measured = errors.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining(", "));
        if (unmeasuredErrors == 0) {
            return measured;
        }
        return (measured.isEmpty() ? "" : measured + ", ") + unmeasuredErrors + " outside the measured window";
    }

    static SortedMap<String, Long> merge(Iterable<Map<String, Long>> parts) {
        SortedMap<String, Long> all = new TreeMap<>();
        for (Map<String, Long> part : parts) {
            part.forEach((k, v) -> all.merge(k, v, Long::sum));
        }
        return all;
    }
}
