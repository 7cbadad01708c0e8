package de.koeln.zks.alarm.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * One stream's queue over a non-blocking connection: written at once while the connection takes it, continued
 * when it can take more, a stalled reader noticed and cut off, a replay merged with live events.
 */
class SubscriptionTest {
    private final Instant t0 = Instant.parse("2026-11-27T10:00:00Z");
    private final FakeOutput out = new FakeOutput();
    private final List<Throwable> failures = new ArrayList<>();

    /** A connection that takes writes while {@code ready}; records writes and flushes. */
    static final class FakeOutput implements Subscription.Output {
        boolean ready = true;
        /** After this many more writes the connection stops taking (its buffer is full). */
        int takesBeforeFull = Integer.MAX_VALUE;
        IOException failNext;
        final List<String> written = new ArrayList<>();
        /** The threads that wrote events (not the hello or heartbeats). */
        final Set<String> eventWriters = new HashSet<>();
        int flushes;
        boolean closed;
        int readyChecksWhileNotReady;

        @Override
        public boolean isReady() {
            if (!ready) {
                readyChecksWhileNotReady++;
            }
            return ready;
        }

        @Override
        public void write(byte[] frame) throws IOException {
            if (!ready) {
                throw new IllegalStateException("write while not ready");
            }
            if (failNext != null) {
                throw failNext;
            }
            written.add(new String(frame, StandardCharsets.UTF_8));
            if (written.get(written.size() - 1).startsWith("event:")) {
                eventWriters.add(Thread.currentThread().getName());
            }
            if (--takesBeforeFull == 0) {
                ready = false;
                takesBeforeFull = Integer.MAX_VALUE;
            }
        }

        @Override
        public void flush() {
            if (!ready) {
                throw new IllegalStateException("flush while not ready");
            }
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private Subscription subscription(int maxPending, boolean replaying) {
        Subscription s = new Subscription("rita", "test", false, out, (x, cause) -> failures.add(cause), maxPending,
            replaying, t0, 0);
        return s;
    }

    private Subscription started(int maxPending, boolean replaying) {
        Subscription s = subscription(maxPending, replaying);
        s.writePossible(t0);
        return s;
    }

    private static byte[] f(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nothingIsWrittenBeforeTheContainerSaysTheStreamMayWriteThenTheHelloFirst() {
        Subscription s = subscription(10, false);
        s.hello(f("hello"), t0);
        s.offer(1, f("a"), t0);
        assertThat(out.written).isEmpty();
        s.writePossible(t0);
        assertThat(out.written).containsExactly("hello", "a");
        assertThat(out.flushes).as("one flush for what was waiting").isEqualTo(1);
    }

    @Test
    void aReadyConnectionGetsEachEventAtOnceWithOneFlush() {
        Subscription s = started(10, false);
        s.offer(1, f("a"), t0);
        s.offer(2, f("b"), t0);
        assertThat(out.written).containsExactly("a", "b");
        assertThat(out.flushes).isEqualTo(2);
        assertThat(s.delivered()).isEqualTo(2);
        assertThat(s.pending()).isZero();
    }

    @Test
    void aConnectionThatTakesNoMoreIsContinuedByTheCallbackNeverWrittenWhileNotReady() {
        Subscription s = started(10, false);
        out.takesBeforeFull = 1;
        s.offer(1, f("a"), t0);
        s.offer(2, f("b"), t0);
        s.offer(3, f("c"), t0);
        assertThat(out.written).containsExactly("a");
        assertThat(s.pending()).isEqualTo(3); // b, c and the unfinished write
        out.ready = true;
        s.writePossible(t0.plusMillis(5));
        assertThat(out.written).containsExactly("a", "b", "c");
        assertThat(out.flushes).as("the events that waited go out with one flush").isEqualTo(1);
        assertThat(s.pending()).isZero();
    }

    @Test
    void aClientThatStopsReadingIsNoticedAndNeverBlocksTheOffer() {
        Subscription s = started(100, false);
        out.ready = false;
        s.offer(1, f("a"), t0);
        for (int i = 2; i < 50; i++) {
            s.offer(i, f("x" + i), t0.plusSeconds(1)); // returns at once although nothing is written
        }
        assertThat(out.written).isEmpty();
        assertThat(s.stalledSince(t0.minus(Duration.ofSeconds(1)))).isFalse();
        assertThat(s.stalledSince(t0.plusSeconds(10))).as("waiting since t0").isTrue();
        out.ready = true;
        s.writePossible(t0.plusSeconds(2));
        assertThat(s.stalledSince(t0.plusSeconds(10))).isFalse();
        assertThat(out.written).hasSize(49);
    }

    @Test
    void tooManyWaitingEventsCutTheStreamOff() {
        Subscription s = started(10, false);
        out.ready = false;
        for (int i = 1; i <= 12; i++) {
            s.offer(i, f("e" + i), t0);
        }
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).hasMessageContaining("10 events waiting");
        out.ready = true;
        s.writePossible(t0);
        s.offer(13, f("late"), t0);
        assertThat(out.written).isEmpty();
        assertThat(s.isClosed()).isTrue();
    }

    @Test
    void aFailedWriteDropsTheStreamOnce() {
        Subscription s = started(10, false);
        out.failNext = new IOException("broken pipe");
        s.offer(1, f("a"), t0);
        s.offer(2, f("b"), t0);
        s.failed(new IOException("and the container says so too"));
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).hasMessage("broken pipe");
        assertThat(out.written).isEmpty();
    }

    @Test
    void liveEventsWaitForTheReplayAndTheReplayIsNotSentTwice() {
        Subscription s = started(100, true);
        s.offer(5, f("live5"), t0); // also in the replay
        s.offer(6, f("live6"), t0);
        assertThat(out.written).isEmpty();
        assertThat(s.pending()).isEqualTo(2);
        s.replayed(List.of(new Subscription.Held(4, f("replay4")), new Subscription.Held(5, f("replay5"))), t0);
        s.offer(5, f("live5-again"), t0);
        s.offer(7, f("live7"), t0);
        assertThat(out.written).containsExactly("replay4", "replay5", "live6", "live7");
    }

    @Test
    void anIdleStreamGetsAHeartbeatABusyOneDoesNot() {
        Subscription s = started(10, false);
        s.heartbeatIfIdle(f("hb"), t0.minusSeconds(1), t0);
        assertThat(out.written).isEmpty();
        s.heartbeatIfIdle(f("hb"), t0.plusSeconds(1), t0.plusSeconds(1));
        assertThat(out.written).containsExactly("hb");
        out.ready = false;
        s.offer(1, f("a"), t0.plusSeconds(2));
        s.heartbeatIfIdle(f("hb2"), t0.plusSeconds(100), t0.plusSeconds(100));
        assertThat(s.pending()).as("a write waits; no heartbeat behind it").isEqualTo(2);
    }

    @Test
    void closeEndsTheResponseAndNothingIsWrittenAfterIt() {
        Subscription s = started(10, false);
        s.close();
        s.offer(1, f("a"), t0);
        assertThat(out.closed).isTrue();
        assertThat(out.written).isEmpty();
    }
}
