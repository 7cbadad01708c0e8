package de.koeln.zks.inspections.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.testing.MutableClock;

/** A kept total is used until a change or until it is too old, never after. */
class CountCacheTest {
    final MutableClock clock = new MutableClock("2027-01-20T08:00:00Z");
    final CountCache cache = new CountCache(clock);
    final AtomicLong counted = new AtomicLong();

    long total(String key, long value) {
        return cache.get(key, () -> {
            counted.incrementAndGet();
            return value;
        });
    }

    @Test
    void aTotalIsCountedOncePerListUntilAChangeOrUntilItIsTooOld() {
        assertThat(total("a", 7)).isEqualTo(7);
        assertThat(total("a", 8)).as("kept").isEqualTo(7);
        assertThat(total("b", 3)).as("another list").isEqualTo(3);
        assertThat(counted).hasValue(2);
        cache.changed();
        assertThat(total("a", 8)).isEqualTo(8);
        clock.advance(CountCache.MAX_AGE);
        assertThat(total("a", 9)).as("too old").isEqualTo(9);
        clock.advance(Duration.ofMillis(-1));
        assertThat(total("a", 10)).as("a clock set back does not keep it longer").isEqualTo(10);
    }

    @Test
    void requestsThatNeedTheSameTotalAtTheSameMomentShareOneCount() throws Exception {
        // the first request counts until released; the second arrives meanwhile and waits for that count
        java.util.concurrent.CountDownLatch counting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Long> first = java.util.concurrent.CompletableFuture.supplyAsync(
            () -> cache.get("a", () -> {
                counted.incrementAndGet();
                counting.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 42;
            }));
        counting.await();
        AtomicLong second = new AtomicLong();
        Thread other = new Thread(() -> second.set(total("a", 43)));
        other.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (other.getState() != Thread.State.WAITING && counted.get() == 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // until the second request waits for the first one's count (or counts itself: wrong)
        }
        release.countDown();
        other.join(Duration.ofSeconds(5).toMillis());
        assertThat(second).hasValue(42);
        assertThat(first.get()).isEqualTo(42);
        assertThat(counted).hasValue(1);
    }

    @Test
    void aFailedCountIsNotKept() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get("a", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessageContaining("gone");
        assertThat(total("a", 4)).isEqualTo(4);
    }

    @Test
    void aChangeWhileCountingVoidsThatTotal() {
        assertThat(cache.get("a", () -> {
            cache.changed(); // committed while the count ran: it may or may not have seen it
            return 5;
        })).isEqualTo(5);
        assertThat(total("a", 6)).isEqualTo(6);
    }
}
