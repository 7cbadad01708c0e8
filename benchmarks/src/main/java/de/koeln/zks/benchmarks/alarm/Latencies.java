package de.koeln.zks.benchmarks.alarm;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Delivery latencies (trigger sent to event arrived, in microseconds) of the two measured parts, recorded
 * concurrently by all subscribers: the live phase and the live part of the reconnect phase.
 */
final class Latencies {

    /** Highest latency the histograms hold (larger values are clamped): one hour in microseconds. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Recorder live = new Recorder(HIGHEST_MICROS, 3);
    private final Recorder reconnect = new Recorder(HIGHEST_MICROS, 3);

    void recordLive(long nanos) {
        live.recordValue(micros(nanos));
    }

    void recordReconnect(long nanos) {
        reconnect.recordValue(micros(nanos));
    }

    /** Everything recorded for the live phase so far (the recorder starts over). */
    Histogram takeLive() {
        return live.getIntervalHistogram();
    }

    Histogram takeReconnect() {
        return reconnect.getIntervalHistogram();
    }

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1000));
    }
}
