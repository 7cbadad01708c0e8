package de.koeln.zks.alarm.internal.delivery;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One responder stream. Frames (each event encoded once, see {@link SseFrames}) wait in its own queue and are
 * written with non-blocking IO: by the thread that offers them while the connection takes them
 * ({@link Output#isReady()}), otherwise by the container's callback when it can take more
 * ({@link #writePossible}). No thread and no task per stream or event; a client that stops reading holds back
 * nobody else, and is cut off when too much waits for it ({@code maxPending}) or it has not taken anything for
 * too long ({@link #stalledSince}). While the stream replays what its client missed, live events are held and
 * sent after the replay, without those the replay already had.
 */
final class Subscription {
    interface Owner {
        void failed(Subscription s, Throwable cause);
    }

    /** The stream's connection, in Servlet 3.1 non-blocking mode (write or flush only while {@link #isReady()}). */
    interface Output {
        /** Whether a write or flush may be called now; when false, {@link Subscription#writePossible} follows. */
        boolean isReady();

        void write(byte[] frame) throws IOException;

        void flush() throws IOException;

        /** Ends the response (the connection is closed or goes back to the container). */
        void close();
    }

    final String user;
    final String source;
    final boolean seesAll;
    final Instant since;
    /** The hub's lane this stream belongs to for its life: one thread writes its events, in order. */
    final int lane;
    private final Output out;
    private final Owner owner;
    private final int maxPending;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private List<Held> held = new ArrayList<>();
    private long replayedUpTo = -1;
    /** The container has called {@link #writePossible} once: before that, nothing may be written. */
    private boolean started;
    /** The connection did not take the last write yet ({@code isReady} was false). */
    private boolean waiting;
    private Instant waitingSince;
    private boolean unflushed;
    private Instant lastWrite;
    private long delivered;
    private boolean closed;

    record Held(long id, byte[] frame) {
    }

    Subscription(String user, String source, boolean seesAll, Output out, Owner owner, int maxPending,
                 boolean replaying, Instant now, int lane) {
        this.user = user;
        this.source = source;
        this.seesAll = seesAll;
        this.out = out;
        this.owner = owner;
        this.maxPending = maxPending;
        this.since = now;
        this.lane = lane;
        this.lastWrite = now;
        if (!replaying) {
            held = null;
        }
    }

    /** The first write: sends the response headers at once (a client waits for them to know it is connected). */
    synchronized void hello(byte[] frame, Instant now) {
        enqueue(frame, now);
    }

    /** A live event; held while the replay runs. */
    synchronized void offer(long id, byte[] frame, Instant now) {
        if (closed) {
            return;
        }
        if (held != null) {
            held.add(new Held(id, frame));
            return;
        }
        if (id <= replayedUpTo) {
            return;
        }
        enqueue(frame, now);
    }

    /** Ends the replay: the replayed events first, then the held live ones the replay did not have. */
    synchronized void replayed(List<Held> replay, Instant now) {
        if (closed) {
            return;
        }
        for (Held h : replay) {
            replayedUpTo = Math.max(replayedUpTo, h.id());
            enqueue(h.frame(), now);
        }
        List<Held> live = held;
        held = null;
        for (Held h : live) {
            if (h.id() > replayedUpTo) {
                enqueue(h.frame(), now);
            }
        }
    }

    /** A heartbeat when nothing was written since {@code idleBefore} and nothing waits. */
    synchronized void heartbeatIfIdle(byte[] heartbeat, Instant idleBefore, Instant now) {
        if (!closed && !waiting && queue.isEmpty() && lastWrite.isBefore(idleBefore)) {
            enqueue(heartbeat, now);
        }
    }

    /** The container's callback: the connection takes writes (again). The first call starts the stream. */
    synchronized void writePossible(Instant now) {
        started = true;
        waiting = false;
        drain(now);
    }

    /** Whether the connection has not taken a write since before {@code limit}: the client stopped reading. */
    synchronized boolean stalledSince(Instant limit) {
        return waiting && waitingSince.isBefore(limit);
    }

    synchronized long delivered() {
        return delivered;
    }

    synchronized int pending() {
        return queue.size() + (held == null ? 0 : held.size()) + (waiting ? 1 : 0);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private void enqueue(byte[] frame, Instant now) {
        if (closed) {
            return;
        }
        if (queue.size() >= maxPending) {
            fail(new IllegalStateException(maxPending + " events waiting: the client is not reading"));
            return;
        }
        queue.add(frame);
        drain(now);
    }

    /** Writes what waits while the connection takes it, then flushes once; stops when it does not. */
    private void drain(Instant now) {
        if (!started || closed) {
            return;
        }
        try {
            while (true) {
                if (!out.isReady()) {
                    if (!waiting) {
                        waiting = true;
                        waitingSince = now;
                    }
                    return;
                }
                waiting = false;
                byte[] next = queue.poll();
                if (next == null) {
                    if (!unflushed) {
                        return;
                    }
                    unflushed = false;
                    out.flush();
                } else {
                    out.write(next);
                    unflushed = true;
                    delivered++;
                    lastWrite = now;
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Throwable cause) {
        closed = true;
        queue.clear();
        owner.failed(this, cause);
    }

    /** The connection failed or ended (container callback): nothing more is written. */
    void failed(Throwable cause) {
        synchronized (this) {
            if (closed) {
                return;
            }
            fail(cause);
        }
    }

    /** Marks it closed and ends the response. */
    void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        try {
            out.close();
        } catch (RuntimeException e) {
            // the connection is gone already
        }
    }
}
