package de.koeln.zks.alarm.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.SseEventSink;

import org.junit.jupiter.api.Test;

/** One stream's queue: one write at a time, a stalled reader noticed, a replay merged with live events. */
class SubscriptionTest {
    private final Instant t0 = Instant.parse("2026-11-27T10:00:00Z");
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();
    private final List<OutboundSseEvent> written = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final SseEventSink sink = mock(SseEventSink.class);

    SubscriptionTest() {
        when(sink.send(any())).thenAnswer(call -> {
            written.add(call.getArgument(0));
            CompletableFuture<Void> f = new CompletableFuture<>();
            writes.add(f);
            return f;
        });
    }

    private Subscription subscription(int maxPending, boolean replaying) {
        return new Subscription("rita", "test", false, sink, (s, cause) -> failures.add(cause), maxPending, replaying, t0);
    }

    private static OutboundSseEvent event(String name) {
        OutboundSseEvent e = mock(OutboundSseEvent.class);
        when(e.getName()).thenReturn(name);
        return e;
    }

    @Test
    void writesOneEventAtATimeAndTheNextWhenTheClientTookIt() {
        Subscription s = subscription(10, false);
        s.offer(1, event("a"), t0);
        s.offer(2, event("b"), t0);
        s.offer(3, event("c"), t0);
        assertThat(written).extracting(OutboundSseEvent::getName).containsExactly("a");
        assertThat(s.pending()).isEqualTo(3);
        writes.get(0).complete(null);
        writes.get(1).complete(null);
        assertThat(written).extracting(OutboundSseEvent::getName).containsExactly("a", "b", "c");
        assertThat(s.delivered()).isEqualTo(2);
    }

    @Test
    void aClientThatStopsReadingIsNoticedAndNeverBlocksTheOffer() {
        Subscription s = subscription(100, false);
        s.offer(1, event("a"), t0);
        for (int i = 2; i < 50; i++) {
            s.offer(i, event("x" + i), t0); // returns at once although nothing is written
        }
        assertThat(s.stalledSince(t0.minus(Duration.ofSeconds(1)))).isFalse();
        assertThat(s.stalledSince(t0.plusSeconds(10))).as("the write of 'a' began at t0").isTrue();
        verify(sink, times(1)).send(any());
    }

    @Test
    void aWriteThatDoesNotCompleteGetsOneNudgeBehindIt() {
        Subscription s = subscription(10, false);
        s.offer(1, event("a"), t0);
        s.nudgeIfWaitingSince(event("nudge"), t0.minusMillis(1));
        assertThat(written).as("not waiting long enough yet").hasSize(1);
        s.nudgeIfWaitingSince(event("nudge"), t0.plusMillis(500));
        s.nudgeIfWaitingSince(event("nudge"), t0.plusMillis(750));
        assertThat(written).extracting(OutboundSseEvent::getName).containsExactly("a", "nudge");
        writes.get(0).complete(null);
        assertThat(s.pending()).isZero();
    }

    @Test
    void tooManyWaitingEventsCutTheStreamOff() {
        Subscription s = subscription(10, false);
        for (int i = 1; i <= 12; i++) {
            s.offer(i, event("e" + i), t0);
        }
        assertThat(failures).hasSize(1);
        s.offer(13, event("late"), t0);
        assertThat(written).hasSize(1);
    }

    @Test
    void aFailedWriteDropsTheStream() {
        Subscription s = subscription(10, false);
        s.offer(1, event("a"), t0);
        s.offer(2, event("b"), t0);
        writes.get(0).completeExceptionally(new java.io.IOException("broken pipe"));
        assertThat(failures).hasSize(1);
        assertThat(written).hasSize(1);
    }

    @Test
    void liveEventsWaitForTheReplayAndTheReplayIsNotSentTwice() {
        Subscription s = subscription(100, true);
        s.offer(5, event("live5"), t0); // also in the replay
        s.offer(6, event("live6"), t0);
        assertThat(written).isEmpty();
        s.replayed(List.of(new Subscription.Held(4, event("replay4")), new Subscription.Held(5, event("replay5"))), t0);
        s.offer(5, event("live5-again"), t0);
        s.offer(7, event("live7"), t0);
        for (int i = 0; i < 4; i++) {
            writes.get(i).complete(null);
        }
        assertThat(written).extracting(OutboundSseEvent::getName).containsExactly("replay4", "replay5", "live6", "live7");
    }

    @Test
    void anIdleStreamGetsAHeartbeatABusyOneDoesNot() {
        Subscription s = subscription(10, false);
        s.heartbeatIfIdle(event("hb"), t0.minusSeconds(1), t0);
        assertThat(written).isEmpty();
        s.heartbeatIfIdle(event("hb"), t0.plusSeconds(1), t0);
        assertThat(written).extracting(OutboundSseEvent::getName).containsExactly("hb");
        s.heartbeatIfIdle(event("hb2"), t0.plusSeconds(100), t0);
        assertThat(written).as("a write in progress").hasSize(1);
    }
}
