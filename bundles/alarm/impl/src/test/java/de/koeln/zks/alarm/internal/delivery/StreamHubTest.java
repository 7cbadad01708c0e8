package de.koeln.zks.alarm.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmEventType;
import de.koeln.zks.alarm.internal.service.EventLog;
import de.koeln.zks.alarm.internal.service.GroupsView;

/** Who gets which event, a replay on reconnect, and every stream released when its connection ends. */
class StreamHubTest {
    private final EventLog log = mock(EventLog.class);
    /** Three lanes: the delivering thread and two writers share the streams. */
    private final StreamHub hub = new StreamHub(log, mock(GroupsView.class), StreamServletTest.config(), 3);

    @AfterEach
    void stop() {
        hub.deactivate();
    }

    private static AlarmEvent event(long id, String raisedBy) {
        AlarmEvent e = new AlarmEvent();
        e.id = id;
        e.type = AlarmEventType.RAISED;
        e.alarmClass = AlarmClass.values()[0];
        e.raisedBy = raisedBy;
        return e;
    }

    private static List<String> events(SubscriptionTest.FakeOutput out) {
        return out.written.stream().filter(w -> w.startsWith("event:")).map(w -> w.split("\n")[1]).toList();
    }

    @Test
    void recipientsOwnAlarmsAndManagersGetTheEventOthersDoNot() {
        var rita = new SubscriptionTest.FakeOutput();
        var emil = new SubscriptionTest.FakeOutput();
        var boss = new SubscriptionTest.FakeOutput();
        hub.writePossible(hub.subscribe("rita", "a", false, rita, null));
        hub.writePossible(hub.subscribe("emil", "b", false, emil, null));
        hub.writePossible(hub.subscribe("boss", "c", true, boss, null));
        hub.deliver(event(1, "emil"), Set.of("rita"));
        hub.deliver(event(2, "someone"), Set.of());
        assertThat(events(rita)).containsExactly("id: 1");
        assertThat(events(emil)).containsExactly("id: 1");
        assertThat(events(boss)).containsExactly("id: 1", "id: 2");
        assertThat(rita.written.get(0)).isEqualTo(": connected\nretry: 2000\n\n");
    }

    @Test
    void aReconnectReplaysWhatWasMissedOnce() {
        when(log.after(3, StreamHub.MAX_REPLAY)).thenReturn(List.of(event(4, "x"), event(5, "x")));
        var out = new SubscriptionTest.FakeOutput();
        Subscription s = hub.subscribe("boss", "a", true, out, 3L);
        hub.writePossible(s);
        hub.deliver(event(5, "x"), Set.of());
        hub.deliver(event(6, "x"), Set.of());
        assertThat(events(out)).containsExactly("id: 4", "id: 5", "id: 6");
    }

    @Test
    void theLanesShareTheStreamsAndEachStreamGetsEveryEventInOrderFromOneThread() {
        List<SubscriptionTest.FakeOutput> outs = new java.util.ArrayList<>();
        java.util.Map<Integer, Integer> perLane = new java.util.TreeMap<>();
        for (int i = 0; i < 10; i++) {
            var out = new SubscriptionTest.FakeOutput();
            Subscription s = hub.subscribe("boss" + i, "s", true, out, null);
            hub.writePossible(s);
            outs.add(out);
            perLane.merge(s.lane, 1, Integer::sum);
        }
        assertThat(perLane).containsExactly(java.util.Map.entry(0, 4), java.util.Map.entry(1, 3),
            java.util.Map.entry(2, 3));
        List<String> expected = new java.util.ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            hub.deliver(event(id, "x"), Set.of());
            expected.add("id: " + id);
        }
        Set<String> threads = new java.util.HashSet<>();
        for (var out : outs) {
            assertThat(events(out)).containsExactlyElementsOf(expected); // every event, in order, as deliver returned
            assertThat(out.eventWriters).hasSize(1);
            threads.addAll(out.eventWriters);
        }
        assertThat(threads).hasSize(3).contains(Thread.currentThread().getName());
    }

    @Test
    void aNewStreamGoesToTheLaneThatLostOne() {
        Subscription a = hub.subscribe("a", "s", true, new SubscriptionTest.FakeOutput(), null);
        Subscription b = hub.subscribe("b", "s", true, new SubscriptionTest.FakeOutput(), null);
        Subscription c = hub.subscribe("c", "s", true, new SubscriptionTest.FakeOutput(), null);
        assertThat(List.of(a.lane, b.lane, c.lane)).containsExactly(0, 1, 2);
        hub.ended(b, null);
        assertThat(hub.subscribe("d", "s", true, new SubscriptionTest.FakeOutput(), null).lane).isEqualTo(1);
        assertThat(hub.count()).isEqualTo(3);
    }

    @Test
    void aThousandStreamsThatComeAndGoLeaveNothingBehind() {
        for (int i = 0; i < 1000; i++) {
            var out = new SubscriptionTest.FakeOutput();
            Subscription s = hub.subscribe("u" + i, "s", true, out, null);
            hub.writePossible(s);
            if (i % 2 == 0) {
                hub.ended(s, null); // the container: completed or failed
            } else {
                out.failNext = new java.io.IOException("gone");
            }
        }
        assertThat(hub.count()).isEqualTo(1000 - 500);
        hub.deliver(event(1, "x"), Set.of()); // the writes to the vanished ones fail
        assertThat(hub.count()).isZero();
        assertThat(hub.subscribers()).isEmpty();
    }
}
