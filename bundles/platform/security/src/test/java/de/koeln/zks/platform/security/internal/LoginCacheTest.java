package de.koeln.zks.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.Caller;

class LoginCacheTest {
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final Caller eva = new Caller("eva", Set.of("employee"));

    @Test
    void remembersOnlyTheSamePasswordAndOnlyUntilExpiry() {
        LoginCache cache = new LoginCache(clock, 30, 100);
        cache.remember("eva", "right password", eva);

        assertThat(cache.lookup("eva", "right password")).contains(eva);
        assertThat(cache.lookup("eva", "wrong password")).isEmpty();
        assertThat(cache.lookup("eve", "right password")).isEmpty();

        now = now.plus(Duration.ofSeconds(30));
        assertThat(cache.lookup("eva", "right password")).isEmpty();
    }

    @Test
    void zeroSecondsMeansEveryRequestIsChecked() {
        LoginCache cache = new LoginCache(clock, 0, 100);
        cache.remember("eva", "pw", eva);
        assertThat(cache.lookup("eva", "pw")).isEmpty();
    }

    @Test
    void staysBoundedInSize() {
        LoginCache cache = new LoginCache(clock, 30, 2);
        cache.remember("a", "pw", eva);
        cache.remember("b", "pw", eva);
        cache.remember("c", "pw", eva);
        assertThat(cache.lookup("c", "pw")).contains(eva);
        assertThat(cache.lookup("a", "pw")).isEmpty();
    }

    @Test
    void logLinesCannotBeForged() {
        assertThat(LogSafe.text("eve\nINFO admin logged in")).doesNotContain("\n");
        assertThat(LogSafe.text("x".repeat(500))).hasSize(129);
        assertThat(LogSafe.text(null)).isEqualTo("<none>");
    }
}
