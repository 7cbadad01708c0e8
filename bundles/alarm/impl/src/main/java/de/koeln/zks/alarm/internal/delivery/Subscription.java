package de.koeln.zks.alarm.internal.delivery;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.SseEventSink;

/**
 * One responder stream. At most one event is being written to it at a time; the rest wait in its own queue,
 * so a client that stops reading holds back nobody else and at most one server thread. While the stream
 * replays what its client missed, live events are held and sent after the replay, without those the replay
 * already had.
 */
final class Subscription {
    interface Owner {
        void failed(Subscription s, Throwable cause);
    }

    final String user;
    final String source;
    final boolean seesAll;
    final Instant since;
    private final SseEventSink sink;
    private final Owner owner;
    private final int maxPending;
    private final ArrayDeque<OutboundSseEvent> queue = new ArrayDeque<>();
    private List<Held> held = new ArrayList<>();
    private long replayedUpTo = -1;
    private boolean inFlight;
    private Instant inFlightSince;
    private Instant lastWrite;
    private long delivered;
    private boolean closed;
    private boolean nudged;

    record Held(long id, OutboundSseEvent event) {
    }

    Subscription(String user, String source, boolean seesAll, SseEventSink sink, Owner owner, int maxPending,
                 boolean replaying, Instant now) {
        this.user = user;
        this.source = source;
        this.seesAll = seesAll;
        this.sink = sink;
        this.owner = owner;
        this.maxPending = maxPending;
        this.since = now;
        this.lastWrite = now;
        if (!replaying) {
            held = null;
        }
    }

    /** The first write: sends the response headers at once (a client waits for them to know it is connected). */
    synchronized void hello(OutboundSseEvent event, Instant now) {
        enqueue(event, now);
    }

    /** A live event; held while the replay runs. */
    synchronized void offer(long id, OutboundSseEvent event, Instant now) {
        if (closed) {
            return;
        }
        if (held != null) {
            held.add(new Held(id, event));
            return;
        }
        if (id <= replayedUpTo) {
            return;
        }
        enqueue(event, now);
    }

    /** Ends the replay: the replayed events first, then the held live ones the replay did not have. */
    synchronized void replayed(List<Held> replay, Instant now) {
        if (closed) {
            return;
        }
        for (Held h : replay) {
            replayedUpTo = Math.max(replayedUpTo, h.id());
            enqueue(h.event(), now);
        }
        List<Held> live = held;
        held = null;
        for (Held h : live) {
            if (h.id() > replayedUpTo) {
                enqueue(h.event(), now);
            }
        }
    }

    /** A heartbeat when nothing was written for {@code idleSince}. */
    synchronized void heartbeatIfIdle(OutboundSseEvent heartbeat, Instant idleBefore, Instant now) {
        if (!closed && !inFlight && queue.isEmpty() && lastWrite.isBefore(idleBefore)) {
            enqueue(heartbeat, now);
        }
    }

    /**
     * Works around a race in CXF 3.6's sink: an event offered just as its writer thread finishes stays in
     * the sink's buffer until the next send. A write that has not completed after {@code since} gets a
     * comment sent behind it, which starts the writer again (and is harmless when the client is only slow).
     */
    synchronized void nudgeIfWaitingSince(OutboundSseEvent nudge, Instant since) {
        if (inFlight && !closed && inFlightSince.isBefore(since) && !nudged) {
            nudged = true;
            try {
                sink.send(nudge);
            } catch (RuntimeException e) {
                // the next sweep cuts it off if it stays stuck
            }
        }
    }

    /** Whether the event being written has taken longer than allowed: the client stopped reading. */
    synchronized boolean stalledSince(Instant limit) {
        return inFlight && inFlightSince.isBefore(limit);
    }

    synchronized long delivered() {
        return delivered;
    }

    synchronized int pending() {
        return queue.size() + (held == null ? 0 : held.size()) + (inFlight ? 1 : 0);
    }

    private void enqueue(OutboundSseEvent event, Instant now) {
        if (queue.size() >= maxPending) {
            closed = true;
            queue.clear();
            owner.failed(this, new IllegalStateException(maxPending + " events waiting: the client is not reading"));
            return;
        }
        queue.add(event);
        pump(now);
    }

    private void pump(Instant now) {
        if (inFlight || closed || queue.isEmpty()) {
            return;
        }
        OutboundSseEvent next = queue.poll();
        inFlight = true;
        inFlightSince = now;
        nudged = false;
        try {
            sink.send(next).whenComplete((ok, error) -> sent(error));
        } catch (RuntimeException e) {
            sent(e);
        }
    }

    private void sent(Throwable error) {
        boolean failed;
        synchronized (this) {
            inFlight = false;
            failed = error != null && !closed;
            if (failed) {
                closed = true;
                queue.clear();
            } else if (error == null) {
                delivered++;
                lastWrite = Instant.now();
                pump(lastWrite);
            }
        }
        if (failed) {
            owner.failed(this, error);
        }
    }

    /** Marks it closed and closes the sink (may wait for a write in progress: call off the delivery thread). */
    void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        try {
            sink.close();
        } catch (RuntimeException e) {
            // the connection is gone already
        }
    }
}
