package de.koeln.zks.benchmarks.alarm;

import java.util.BitSet;
import java.util.List;

/**
 * One simulated subscriber: at most one open stream at a time, the id of the last event it took, which of this
 * run's alarms reached it (and how often), and the latencies it records. Events arrive on the HTTP client's
 * threads; everything is guarded by the subscriber's own lock (uncontended but for the main thread's reads).
 *
 * <p>Generation 1 is the stream opened at the start, generation 2 the one opened on reconnect with
 * {@code Last-Event-ID}. A second arrival of the same alarm counts as a duplicate of the generation it arrived on.
 */
final class Subscriber implements SseStream.Handler {

    private final int index;
    private final Tokens tokens;
    private final EventDecoder decoder;
    private final Latencies latencies;
    private final Problems problems;

    private SseStream stream;
    private boolean open;
    private String lastEventId;
    private final BitSet received = new BitSet();
    private final long[] duplicates = new long[3];
    private final long[] unexpectedEnds = new long[3];
    private long events;
    private int expectedFrom = Integer.MAX_VALUE;
    private long reconnectSentNanos;
    private long replayed;
    private long replayDoneNanos;

    Subscriber(int index, Tokens tokens, EventDecoder decoder, Latencies latencies, Problems problems) {
        this.index = index;
        this.tokens = tokens;
        this.decoder = decoder;
        this.latencies = latencies;
        this.problems = problems;
    }

    int index() {
        return index;
    }

    /** A new stream of the given generation, replacing (not closing) the previous one. */
    synchronized SseStream newStream(int generation) {
        stream = new SseStream(generation, this);
        open = false;
        if (generation == 2) {
            reconnectSentNanos = System.nanoTime();
        }
        return stream;
    }

    /** The stream answered 200. */
    synchronized void opened(SseStream s) {
        if (s == stream && !s.isCancelled() && !s.ended().isDone()) {
            open = true;
        }
    }

    synchronized boolean isOpen() {
        return open && stream != null && !stream.ended().isDone();
    }

    synchronized String lastEventId() {
        return lastEventId;
    }

    /**
     * Closes the stream. Every alarm issued from now on ({@code seq >= tokens.issued()} read after the close) must
     * reach this subscriber after it reconnected.
     */
    void disconnect() {
        SseStream s;
        synchronized (this) {
            s = stream;
        }
        if (s != null) {
            s.cancel(); // outside the lock: the client may call back
        }
        synchronized (this) {
            open = false;
            expectedFrom = tokens.issued();
        }
    }

    /** Closes the stream for good (end of the run); unlike {@link #disconnect()} no phase marker is set. */
    void close() {
        SseStream s;
        synchronized (this) {
            s = stream;
            open = false;
        }
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void onEvent(SseStream s, SseEvent e, long arrivalNanos) {
        Tokens.Token token = decoder.raisedToken(e);
        synchronized (this) {
            if (s != stream || s.isCancelled()) {
                return; // arrived while or after the stream was closed: neither counted nor remembered
            }
            events++;
            if (e.id() != null) {
                lastEventId = e.id();
            }
            if (token == null) {
                return;
            }
            int generation = s.generation();
            if (received.get(token.seq)) {
                duplicates[generation]++;
                return;
            }
            received.set(token.seq);
            long latency = arrivalNanos - token.sendNanos;
            if (generation == 1) {
                if (token.live) {
                    latencies.recordLive(latency);
                }
            } else if (token.seq >= expectedFrom) {
                if (token.sendNanos - reconnectSentNanos >= 0) {
                    latencies.recordReconnect(latency);
                } else {
                    replayed++; // raised while this subscriber was away
                    replayDoneNanos = arrivalNanos;
                }
            }
        }
    }

    @Override
    public void onEnd(SseStream s, Throwable cause) {
        synchronized (this) {
            if (s != stream || s.isCancelled()) {
                return;
            }
            open = false;
            unexpectedEnds[s.generation()]++;
        }
        String what = cause == null ? "closed by the server" : cause.getClass().getSimpleName();
        problems.add("stream " + s.generation() + " ended unexpectedly: " + what, "subscriber " + index
                + (cause == null ? "" : ": " + cause.getMessage()));
    }

    // ---- read by the evaluation (main thread) ----

    synchronized boolean received(int seq) {
        return received.get(seq);
    }

    /** How many of the given tokens this subscriber received (each at most once). */
    synchronized long receivedOf(List<Tokens.Token> list) {
        long n = 0;
        for (Tokens.Token t : list) {
            if (received.get(t.seq)) {
                n++;
            }
        }
        return n;
    }

    synchronized long duplicates(int generation) {
        return duplicates[generation];
    }

    synchronized long unexpectedEnds(int generation) {
        return unexpectedEnds[generation];
    }

    synchronized long events() {
        return events;
    }

    /** First sequence number this subscriber must get on its reconnected stream (MAX_VALUE before disconnect). */
    synchronized int expectedFrom() {
        return expectedFrom;
    }

    synchronized long reconnectSentNanos() {
        return reconnectSentNanos;
    }

    synchronized long replayed() {
        return replayed;
    }

    /** Arrival of the last replayed alarm, 0 if none. */
    synchronized long replayDoneNanos() {
        return replayDoneNanos;
    }
}
