package de.koeln.zks.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.testing.MutableClock;

import de.koeln.zks.platform.api.Caller;

class LoginCacheTest {
    private final MutableClock clock = new MutableClock("2026-11-27T10:00:00Z");
    private final Caller eva = new Caller("eva", Set.of("employee"));

    @Test
    void remembersOnlyTheSamePasswordAndOnlyUntilExpiry() {
        LoginCache cache = new LoginCache(clock, 30, 100);
        cache.remember(cache.keyOf("eva", "right password"), eva);

        assertThat(cache.lookup(cache.keyOf("eva", "right password"))).map(LoginCache.Hit::caller).contains(eva);
        assertThat(cache.lookup(cache.keyOf("eva", "wrong password"))).isEmpty();
        assertThat(cache.lookup(cache.keyOf("eve", "right password"))).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        assertThat(cache.lookup(cache.keyOf("eva", "right password"))).isEmpty();
    }

    @Test
    void clearForgetsEveryLogin() {
        LoginCache cache = new LoginCache(clock, 30, 100);
        cache.remember(cache.keyOf("eva", "right password"), eva);
        cache.clear();
        assertThat(cache.lookup(cache.keyOf("eva", "right password"))).isEmpty();
    }

    @Test
    void keysAreStableAcrossCallsAndThreadsAndKeepUserAndPasswordApart() throws Exception {
        LoginCache cache = new LoginCache(clock, 30, 100);
        String first = cache.keyOf("eva", "pw");
        assertThat(cache.keyOf("eva", "pw")).isEqualTo(first);
        String[] other = new String[1];
        Thread t = new Thread(() -> other[0] = cache.keyOf("eva", "pw"));
        t.start();
        t.join();
        assertThat(other[0]).isEqualTo(first);
        assertThat(cache.keyOf("ev", "apw")).isNotEqualTo(first);
        assertThat(new LoginCache(clock, 30, 100).keyOf("eva", "pw")).as("a key made at start").isNotEqualTo(first);
    }

    @Test
    void anEntryAsksToBeCheckedAgainAfterHalfItsTime() {
        LoginCache cache = new LoginCache(clock, 30, 100);
        String key = cache.keyOf("eva", "pw");
        cache.remember(key, eva);
        assertThat(cache.lookup(key).orElseThrow().stale()).isFalse();
        clock.advance(Duration.ofSeconds(15));
        assertThat(cache.lookup(key).orElseThrow().stale()).isTrue();
        cache.forget(key);
        assertThat(cache.lookup(key)).isEmpty();
    }

    @Test
    void zeroSecondsMeansEveryRequestIsChecked() {
        LoginCache cache = new LoginCache(clock, 0, 100);
        assertThat(cache.enabled()).isFalse();
        cache.remember(cache.keyOf("eva", "pw"), eva);
        assertThat(cache.lookup(cache.keyOf("eva", "pw"))).isEmpty();
    }

    @Test
    void staysBoundedInSize() {
        LoginCache cache = new LoginCache(clock, 30, 2);
        cache.remember(cache.keyOf("a", "pw"), eva);
        cache.remember(cache.keyOf("b", "pw"), eva);
        cache.remember(cache.keyOf("c", "pw"), eva);
        assertThat(cache.lookup(cache.keyOf("c", "pw"))).isPresent();
        assertThat(cache.lookup(cache.keyOf("a", "pw"))).isEmpty();
    }

    @Test
    void keysDoNotContainThePassword() {
        LoginCache cache = new LoginCache(clock, 30, 2);
        assertThat(cache.keyOf("eva", "secret-password")).doesNotContain("secret");
    }

    @Test
    void logLinesCannotBeForged() {
        assertThat(LogSafe.text("eve\nINFO admin logged in")).doesNotContain("\n");
        assertThat(LogSafe.text("x".repeat(500))).hasSize(129);
        assertThat(LogSafe.text(null)).isEqualTo("<none>");
    }
}
