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
    void aChangeWhileCountingVoidsThatTotal() {
        assertThat(cache.get("a", () -> {
            cache.changed(); // committed while the count ran: it may or may not have seen it
            return 5;
        })).isEqualTo(5);
        assertThat(total("a", 6)).isEqualTo(6);
    }
}
