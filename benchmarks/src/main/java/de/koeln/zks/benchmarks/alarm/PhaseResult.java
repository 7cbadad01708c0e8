package de.koeln.zks.benchmarks.alarm;

import org.HdrHistogram.Histogram;

/**
 * Deliveries of one phase. {@code expected} counts (alarm, subscriber) pairs that must arrive, {@code received}
 * the distinct ones that did; a second arrival of the same alarm at the same subscriber is a duplicate, not a
 * receipt. Latencies in microseconds from the trigger's send to the event's arrival, first arrival only.
 *
 * @param alarms     alarms raised (trigger answered 201) that the phase expects
 * @param streamEnds streams of this phase that ended without the driver closing them
 */
record PhaseResult(String name, long alarms, int subscribers, long expected, long received, long duplicates,
                   long streamEnds, Histogram latencyMicros) {

    long missed() {
        return expected - received;
    }

    long samples() {
        return latencyMicros.getTotalCount();
    }

    /** Latency at the percentile (0..100) in milliseconds, 0 without samples. */
    double percentileMillis(double percentile) {
        return samples() == 0 ? 0 : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return samples() == 0 ? 0 : latencyMicros.getMaxValue() / 1000.0;
    }
}
