package de.koeln.zks.platform.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;

/** The one decision who sends a request, as REST and servlets make it. */
class HttpAuthenticationTest {
    private final Authenticator authenticator = mock(Authenticator.class);
    private final WebSessions sessions = mock(WebSessions.class);
    private final HttpAuthentication auth = new HttpAuthentication(authenticator, sessions);
    private final Caller rita = new Caller("rita", Set.of("responder"));

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rightBasicCredentialsGiveTheCaller() {
        when(authenticator.authenticate("rita", "pw:with:colons", "10.0.0.1")).thenReturn(Optional.of(rita));
        assertThat(auth.authenticate(basic("rita:pw:with:colons"), null, "GET", false, "10.0.0.1").caller()).isEqualTo(rita);
    }

    @Test
    void wrongOrMalformedCredentialsAre401() {
        when(authenticator.authenticate(anyString(), anyString(), anyString())).thenReturn(Optional.empty());
        assertThat(auth.authenticate(basic("rita:wrong"), null, "GET", false, "x").refusal().status()).isEqualTo(401);
        assertThat(auth.authenticate("Bearer abc", null, "GET", false, "x").refusal().detail()).contains("Basic");
        assertThat(auth.authenticate("Basic %%%", null, "GET", false, "x").refusal().detail()).contains("Base64");
    }

    @Test
    void noCredentialsOrAnEndedSessionAreAnonymous() {
        assertThat(auth.authenticate(null, null, "GET", false, "x").anonymous()).isTrue();
        when(sessions.resume("gone")).thenReturn(Optional.empty());
        assertThat(auth.authenticate(" ", "gone", "GET", true, "x").anonymous()).isTrue();
    }

    @Test
    void theSessionCookieReadsAndWritesOnlyFromThePage() {
        when(sessions.resume("tok")).thenReturn(Optional.of(rita));
        assertThat(auth.authenticate(null, "tok", "GET", false, "x").caller()).isEqualTo(rita);
        assertThat(auth.authenticate(null, "tok", "POST", true, "x").caller()).isEqualTo(rita);
        assertThat(auth.authenticate(null, "tok", "POST", false, "x").refusal().status()).isEqualTo(403);
    }

    @Test
    void basicWinsOverTheCookie() {
        when(authenticator.authenticate("rita", "pw", "x")).thenReturn(Optional.of(rita));
        assertThat(auth.authenticate(basic("rita:pw"), "tok", "GET", false, "x").caller()).isEqualTo(rita);
        verifyNoInteractions(sessions);
    }

    @Test
    void onlyRequestsOutsideThePageGetTheBasicChallenge() {
        assertThat(HttpAuthentication.challenges(false, null)).isTrue();
        assertThat(HttpAuthentication.challenges(true, null)).isFalse();
        assertThat(HttpAuthentication.challenges(false, "tok")).isFalse();
    }

    @Test
    void apiJsonWritesTimesWithOffsetAndLeavesNullsOut() {
        var value = new java.util.LinkedHashMap<String, Object>();
        value.put("at", java.time.OffsetDateTime.parse("2026-11-27T10:00:00Z"));
        value.put("none", null);
        assertThat(new String(ApiJson.bytes(value), StandardCharsets.UTF_8)).isEqualTo("{\"at\":\"2026-11-27T10:00:00Z\"}");
    }
}
