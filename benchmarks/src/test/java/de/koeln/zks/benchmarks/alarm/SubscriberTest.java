package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Receipt bookkeeping of one subscriber, driven directly (no network). */
class SubscriberTest {

    private final Tokens tokens = new Tokens("t3st");
    private final Latencies latencies = new Latencies();
    private final Problems problems = new Problems();
    private final Subscriber subscriber = new Subscriber(0, tokens, new EventDecoder(tokens, problems), latencies,
            problems);

    private static SseEvent raised(long id, Tokens.Token t) {
        return new SseEvent(String.valueOf(id), "RAISED", "{\"alarmId\":" + id + ",\"type\":\"RAISED\",\"note\":"
                + Json.quote(t.note) + "}");
    }

    private Tokens.Token issue(boolean live) {
        Tokens.Token t = tokens.issue("BENCH-001", live);
        t.answered(Tokens.Outcome.RAISED, t.seq + 1);
        return t;
    }

    @Test
    void liveReceiptsDuplicatesAndForeignEvents() {
        Tokens.Token warm = issue(false);
        Tokens.Token a = issue(true);
        Tokens.Token b = issue(true);
        SseStream s = subscriber.newStream(1);

        subscriber.onEvent(s, raised(1, warm), System.nanoTime());
        subscriber.onEvent(s, raised(2, a), System.nanoTime());
        subscriber.onEvent(s, raised(3, a), System.nanoTime());        // same alarm again
        subscriber.onEvent(s, new SseEvent("4", "CLOSED", "{\"note\":" + Json.quote(b.note) + "}"), 0);
        subscriber.onEvent(s, new SseEvent("5", "RAISED", "{\"note\":\"zks-bench-other-1\"}"), 0);
        subscriber.onEvent(s, new SseEvent("6", "message", "{\"type\":\"RAISED\",\"note\":" + Json.quote(b.note)
                + "}"), System.nanoTime());                                // type only in the data: accepted too
        subscriber.onEvent(s, new SseEvent("7", "RAISED", "not json"), 0);

        assertThat(subscriber.receivedOf(List.of(warm, a, b))).isEqualTo(3);
        assertThat(subscriber.duplicates(1)).isEqualTo(1);
        assertThat(subscriber.lastEventId()).isEqualTo("7");
        assertThat(subscriber.events()).isEqualTo(7);
        assertThat(latencies.takeLive().getTotalCount()).isEqualTo(2); // a and b; warm-up is not measured
        assertThat(problems.summary()).contains("not a JSON object×1");

        PhaseResult live = Deliveries.live(List.of(subscriber), tokens.all(), latencies.takeLive());
        assertThat(live.alarms()).isEqualTo(2);
        assertThat(live.expected()).isEqualTo(2);
        assertThat(live.missed()).isZero();
        assertThat(live.duplicates()).isEqualTo(1);
    }

    @Test
    void reconnectSeparatesReplayedFromLiveAndIgnoresTheClosedStream() {
        Tokens.Token before = issue(true);
        SseStream first = subscriber.newStream(1);
        subscriber.onEvent(first, raised(1, before), System.nanoTime());

        subscriber.disconnect();
        assertThat(subscriber.expectedFrom()).isEqualTo(tokens.issued());
        Tokens.Token inGap = issue(false);
        subscriber.onEvent(first, raised(2, inGap), System.nanoTime()); // late on the closed stream: dropped
        assertThat(subscriber.lastEventId()).isEqualTo("1");

        SseStream second = subscriber.newStream(2);
        Tokens.Token afterReconnect = issue(false);
        subscriber.onEvent(second, raised(1, before), System.nanoTime());       // replayed twice: duplicate
        subscriber.onEvent(second, raised(2, inGap), System.nanoTime());        // replay
        subscriber.onEvent(second, raised(3, afterReconnect), System.nanoTime()); // live

        assertThat(subscriber.duplicates(2)).isEqualTo(1);
        assertThat(subscriber.replayed()).isEqualTo(1);
        assertThat(subscriber.replayDoneNanos()).isPositive();
        assertThat(latencies.takeReconnect().getTotalCount()).isEqualTo(1);

        PhaseResult r = Deliveries.reconnect(List.of(subscriber), tokens.all(), latencies.takeReconnect());
        assertThat(r.alarms()).isEqualTo(2);
        assertThat(r.expected()).isEqualTo(2);
        assertThat(r.received()).isEqualTo(2);
        assertThat(r.duplicates()).isEqualTo(1);
        Deliveries.Replay replay = Deliveries.replay(List.of(subscriber), tokens.all());
        assertThat(replay.expected()).isEqualTo(1);
        assertThat(replay.replayed()).isEqualTo(1);
        assertThat(Deliveries.reconnectComplete(List.of(subscriber), tokens.all())).isTrue();
    }

    @Test
    void onlyRaisedTriggersAreExpected() {
        Tokens.Token ok = issue(true);
        Tokens.Token joined = tokens.issue("BENCH-002", true);
        joined.answered(Tokens.Outcome.JOINED, 7);
        Tokens.Token failed = tokens.issue("BENCH-003", true);
        failed.answered(Tokens.Outcome.FAILED, -1);
        tokens.issue("BENCH-004", true); // still pending

        assertThat(Deliveries.liveComplete(List.of(subscriber), tokens.all())).isFalse();
        subscriber.onEvent(subscriber.newStream(1), raised(1, ok), System.nanoTime());
        assertThat(Deliveries.liveComplete(List.of(subscriber), tokens.all())).isTrue();
        assertThat(tokens.pending()).isEqualTo(1);
        assertThat(tokens.lookup(ok.note)).isSameAs(ok);
        assertThat(tokens.lookup("zks-bench-t3st-x")).isNull();
        assertThat(tokens.lookup(null)).isNull();
    }

    @Test
    void subscribersShareOneDecoderAndGetTheSameAnswer() {
        EventDecoder decoder = new EventDecoder(tokens, problems);
        Subscriber other = new Subscriber(1, tokens, decoder, latencies, problems);
        Subscriber third = new Subscriber(2, tokens, decoder, latencies, problems);
        Tokens.Token a = issue(true);
        SseEvent event = raised(1, a);
        other.onEvent(other.newStream(1), event, System.nanoTime());
        third.onEvent(third.newStream(1), event, System.nanoTime());
        assertThat(other.receivedOf(List.of(a))).isEqualTo(1);
        assertThat(third.receivedOf(List.of(a))).isEqualTo(1);
        assertThat(decoder.raisedToken(event)).isSameAs(a);
        assertThat(decoder.raisedToken(new SseEvent("2", "CLOSED", event.data()))).isNull();
        assertThat(decoder.raisedToken(new SseEvent("3", "message", event.data()))).isSameAs(a); // type in data
    }

    @Test
    void anUnexpectedEndIsCountedButAClosedStreamIsNot() {
        SseStream s = subscriber.newStream(1);
        subscriber.opened(s);
        assertThat(subscriber.isOpen()).isTrue();
        subscriber.onEnd(s, null);
        assertThat(subscriber.unexpectedEnds(1)).isEqualTo(1);
        assertThat(problems.summary()).contains("stream 1 ended unexpectedly: closed by the server×1");

        SseStream t = subscriber.newStream(2);
        subscriber.close();
        subscriber.onEnd(t, new java.io.IOException("reset"));
        assertThat(subscriber.unexpectedEnds(2)).isZero();
        assertThat(subscriber.isOpen()).isFalse();
    }

    @Test
    void pointPoolHandsOutFreePointsRoundRobin() {
        PointPool pool = new PointPool(3);
        assertThat(pool.ids()).containsExactly("BENCH-001", "BENCH-002", "BENCH-003");
        assertThat(PointPool.id(1000)).isEqualTo("BENCH-1000");
        int a = pool.acquire();
        int b = pool.acquire();
        assertThat(pool.name(a)).isEqualTo("BENCH-001");
        assertThat(pool.name(b)).isEqualTo("BENCH-002");
        pool.release(a);
        assertThat(pool.name(pool.acquire())).isEqualTo("BENCH-003"); // round-robin, not the freed one first
        assertThat(pool.name(pool.acquire())).isEqualTo("BENCH-001");
        assertThat(pool.acquire()).isEqualTo(-1);
        assertThat(pool.busyCount()).isEqualTo(3);
    }
}
