package de.koeln.zks.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.testing.MutableClock;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.security.WebSessions;

class MemoryWebSessionsTest {
    private final MutableClock clock = new MutableClock("2026-11-27T08:00:00Z");
    private final Caller eva = new Caller("eva", Set.of("employee"));
    private final Caller otto = new Caller("otto", Set.of("security-manager"));

    private MemoryWebSessions sessions(int idleMinutes, int maxHours, int limit) {
        SecurityConfig config = mock(SecurityConfig.class);
        when(config.sessionIdleMinutes()).thenReturn(idleMinutes);
        when(config.sessionMaxHours()).thenReturn(maxHours);
        when(config.sessionLimit()).thenReturn(limit);
        return new MemoryWebSessions(config, clock);
    }

    @Test
    void aSessionResumesUntilItIsIdleTooLongAndUseKeepsItAlive() {
        MemoryWebSessions sessions = sessions(30, 10, 100);
        WebSessions.Opened opened = sessions.open(eva);
        assertThat(opened.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(opened.idleUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.resume(opened.token())).contains(eva);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.resume(opened.token())).as("used 29 minutes ago").contains(eva);
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.resume(opened.token())).as("idle for 30 minutes").isEmpty();
        assertThat(sessions.count()).isZero();
    }

    @Test
    void aSessionEndsAfterTheLongestTimeEvenWhileInUse() {
        MemoryWebSessions sessions = sessions(30, 10, 100);
        String token = sessions.open(eva).token();
        for (int i = 0; i < 10 * 60 / 20 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.resume(token)).contains(eva);
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(sessions.resume(token)).isEmpty();
    }

    @Test
    void logoutAndClosingAllOfAUserEndTheirSessionsOnly() {
        MemoryWebSessions sessions = sessions(30, 10, 100);
        String first = sessions.open(eva).token();
        String second = sessions.open(eva).token();
        String his = sessions.open(otto).token();
        assertThat(first).isNotEqualTo(second);

        sessions.close(first);
        assertThat(sessions.resume(first)).isEmpty();
        assertThat(sessions.resume(second)).contains(eva);

        assertThat(sessions.closeAll("eva")).isEqualTo(1);
        assertThat(sessions.resume(second)).isEmpty();
        assertThat(sessions.resume(his)).contains(otto);
        assertThat(sessions.resume("made-up")).isEmpty();
        assertThat(sessions.resume(null)).isEmpty();
    }

    @Test
    void atTheLimitTheLeastRecentlyUsedSessionGivesWay() {
        MemoryWebSessions sessions = sessions(30, 10, 2);
        String first = sessions.open(eva).token();
        clock.advance(Duration.ofSeconds(1));
        String second = sessions.open(otto).token();
        clock.advance(Duration.ofSeconds(1));
        sessions.resume(first);
        clock.advance(Duration.ofSeconds(1));
        String third = sessions.open(eva).token();

        assertThat(sessions.resume(second)).isEmpty();
        assertThat(sessions.resume(first)).contains(eva);
        assertThat(sessions.resume(third)).contains(eva);
        assertThat(sessions.count()).isEqualTo(2);
    }
}
