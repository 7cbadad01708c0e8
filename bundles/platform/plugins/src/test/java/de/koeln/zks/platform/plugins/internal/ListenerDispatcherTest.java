package de.koeln.zks.platform.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import de.koeln.zks.platform.spi.PlatformEventListener;

/** Listeners get their events on threads of their own: one that throws, blocks or falls behind harms nobody else. */
class ListenerDispatcherTest {
    static final String REPORTED = "de/koeln/zks/incidents/REPORTED";

    final PluginHealth health = new PluginHealth();
    final ListenerDispatcher dispatcher = new ListenerDispatcher(health, Duration.ofMillis(300), 30);
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        dispatcher.deactivate();
    }

    static final class Recording implements PlatformEventListener {
        final Set<String> topics;
        final List<String> seen = new CopyOnWriteArrayList<>();

        Recording(String... topics) {
            this.topics = Set.of(topics);
        }

        @Override
        public Set<String> topics() {
            return topics;
        }

        @Override
        public void onEvent(String topic, Map<String, Object> properties) {
            seen.add(topic + " " + properties.get("id"));
        }
    }

    static Event event(String topic, long id) {
        return new Event(topic, Map.of("id", id));
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aListenerGetsItsTopicsInOrderAndAWholeModuleByWildcard() throws Exception {
        Recording exact = new Recording(REPORTED);
        Recording module = new Recording("de/koeln/zks/alarm/*");
        dispatcher.add("a", exact, 7, "counters");
        dispatcher.add("b", module, 8, "alarms");
        for (long i = 1; i <= 3; i++) {
            dispatcher.handleEvent(event(REPORTED, i));
        }
        dispatcher.handleEvent(event("de/koeln/zks/alarm/RAISED", 9));
        dispatcher.handleEvent(event("de/koeln/zks/alarmx/RAISED", 10));
        await(() -> exact.seen.size() == 3 && module.seen.size() == 1);
        assertThat(exact.seen).containsExactly(REPORTED + " 1", REPORTED + " 2", REPORTED + " 3");
        assertThat(module.seen).containsExactly("de/koeln/zks/alarm/RAISED 9");
        assertThat(health.of(7).handled.get()).isEqualTo(3);
        assertThat(health.of(7).listeners.get()).isEqualTo(1);
    }

    @Test
    void aThrowingListenerIsReportedAndTheOthersGoOn() throws Exception {
        PlatformEventListener failing = new PlatformEventListener() {
            @Override
            public Set<String> topics() {
                return Set.of(REPORTED);
            }

            @Override
            public void onEvent(String topic, Map<String, Object> properties) {
                throw new IllegalStateException("counter table missing");
            }
        };
        Recording other = new Recording(REPORTED);
        dispatcher.add("bad", failing, 1, "broken");
        dispatcher.add("good", other, 2, "fine");
        dispatcher.handleEvent(event(REPORTED, 1));
        dispatcher.handleEvent(event(REPORTED, 2));
        await(() -> other.seen.size() == 2 && health.of(1).failed.get() == 2);
        assertThat(health.of(1).problems()).first().asString().contains("threw", "counter table missing");
        assertThat(health.of(2).problems()).isEmpty();
    }

    @Test
    void aBlockedListenerIsReportedItsBacklogDroppedAndTheEventSourceNeverWaits() throws Exception {
        PlatformEventListener blocking = new PlatformEventListener() {
            @Override
            public Set<String> topics() {
                return Set.of(REPORTED);
            }

            @Override
            public void onEvent(String topic, Map<String, Object> properties) throws InterruptedException {
                release.await();
            }
        };
        Recording other = new Recording(REPORTED);
        dispatcher.add("slow", blocking, 1, "slow");
        dispatcher.add("good", other, 2, "fine");
        dispatcher.handleEvent(event(REPORTED, 0));
        await(() -> health.of(1).problems().stream().anyMatch(p -> p.contains("blocked for")));
        long start = System.nanoTime();
        for (int batch = 0; batch < 2; batch++) {
            for (long i = 1; i <= 20; i++) {
                dispatcher.handleEvent(event(REPORTED, batch * 20 + i));
            }
            int expected = 1 + (batch + 1) * 20;
            await(() -> other.seen.size() == expected);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the poster never waits").isLessThan(Duration.ofSeconds(5));
        assertThat(health.of(1).dropped.get()).as("one running, 30 queued, the rest dropped").isEqualTo(10);
        assertThat(health.of(1).problems()).anyMatch(p -> p.contains("fell behind"));
        assertThat(health.of(2).problems()).isEmpty();
    }

    @Test
    void aRemovedListenerGetsNothingMore() throws Exception {
        Recording r = new Recording(REPORTED);
        dispatcher.add("r", r, 3, "gone");
        dispatcher.handleEvent(event(REPORTED, 1));
        await(() -> r.seen.size() == 1);
        dispatcher.remove("r");
        dispatcher.handleEvent(event(REPORTED, 2));
        Thread.sleep(100);
        assertThat(r.seen).hasSize(1);
        assertThat(health.of(3).listeners.get()).isZero();
    }

    @Test
    void aListenerWithoutTopicsIsRefusedAndReported() {
        dispatcher.add("none", new Recording(), 4, "empty");
        assertThat(health.of(4).listeners.get()).isZero();
        assertThat(health.of(4).problems()).anyMatch(p -> p.contains("names no topics"));
    }
}
