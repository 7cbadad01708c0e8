package de.koeln.zks.alarm.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.alarm.internal.domain.AlarmConfig;
import de.koeln.zks.alarm.internal.service.EventLog;
import de.koeln.zks.alarm.internal.service.GroupsView;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;

/**
 * The servlet's decisions before a stream opens, as the REST API made them: who (Basic or the page's cookie),
 * which roles, which last event id; problems as problem+json. And where a reconnecting client's last event id
 * comes from: the header, else the query parameter of a new EventSource.
 */
class StreamServletTest {
    private final Authenticator authenticator = mock(Authenticator.class);
    private final WebSessions sessions = mock(WebSessions.class);
    private final StreamHub hub = new StreamHub(mock(EventLog.class), mock(GroupsView.class), config());
    private final StreamServlet servlet = new StreamServlet(hub, authenticator, sessions, null);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, String> headers = new HashMap<>();

    StreamServletTest() throws Exception {
        when(request.getMethod()).thenReturn("GET");
        when(request.getRequestURI()).thenReturn("/api/alarm/stream");
        when(request.getRemoteAddr()).thenReturn("10.0.0.9");
        when(request.getHeader(any())).thenAnswer(c -> headers.get(c.getArgument(0)));
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener writeListener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        });
        when(authenticator.authenticate(any(), any(), any())).thenReturn(Optional.empty());
        when(authenticator.authenticate("rita", "pw", "10.0.0.9")).thenReturn(Optional.of(new Caller("rita", Set.of(Roles.RESPONDER))));
        when(authenticator.authenticate("ann", "pw", "10.0.0.9")).thenReturn(Optional.of(new Caller("ann", Set.of(Roles.ADMIN))));
        when(authenticator.authenticate("guest", "pw", "10.0.0.9")).thenReturn(Optional.of(new Caller("guest", Set.of("other"))));
    }

    static AlarmConfig config() {
        AlarmConfig c = mock(AlarmConfig.class);
        when(c.unitEscalationSeconds()).thenReturn(new String[0]);
        when(c.streamMaxPending()).thenReturn(1000);
        return c;
    }

    @AfterEach
    void stop() {
        hub.deactivate();
    }

    private void basic(String userAndPassword) {
        headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
    }

    private String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noCredentialsAre401WithTheChallengeAsProblemJson() throws Exception {
        servlet.service(request, response);
        verify(response).setStatus(401);
        verify(response).setContentType("application/problem+json");
        verify(response).setHeader("WWW-Authenticate", "Basic realm=\"ZKS\", charset=\"UTF-8\"");
        assertThat(body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"This endpoint needs a user name and password\"}");
        verify(request, never()).startAsync();
    }

    @Test
    void theWebPageGets401WithoutTheChallenge() throws Exception {
        headers.put("X-ZKS-Request", "1");
        servlet.service(request, response);
        verify(response).setStatus(401);
        verify(response, never()).setHeader(org.mockito.ArgumentMatchers.eq("WWW-Authenticate"), any());
    }

    @Test
    void anEndedSessionIs401WithoutTheChallenge() throws Exception {
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie("ZKS_SESSION", "old")});
        when(sessions.resume("old")).thenReturn(Optional.empty());
        servlet.service(request, response);
        verify(response).setStatus(401);
        verify(response, never()).setHeader(org.mockito.ArgumentMatchers.eq("WWW-Authenticate"), any());
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        basic("rita:wrong");
        servlet.service(request, response);
        verify(response).setStatus(401);
        assertThat(body()).contains("User name or password is wrong");
    }

    @Test
    void aCallerWithoutAnAlarmRoleIs403() throws Exception {
        basic("guest:pw");
        servlet.service(request, response);
        verify(response).setStatus(403);
        assertThat(body()).contains("needs one of the roles [employee, responder, security-manager, admin]");
    }

    @Test
    void aBadLastEventIdIs400NamingTheField() throws Exception {
        basic("rita:pw");
        headers.put("Last-Event-ID", "abc");
        servlet.service(request, response);
        verify(response).setStatus(400);
        assertThat(body()).contains("\"errors\":[{\"field\":\"Last-Event-ID\"");
        verify(request, never()).startAsync();
    }

    @Test
    void theSubscribersAreForManagersOnly() throws Exception {
        when(request.getPathInfo()).thenReturn("/subscribers");
        basic("rita:pw");
        servlet.service(request, response);
        verify(response).setStatus(403);
    }

    @Test
    void theSubscribersAsJson() throws Exception {
        when(request.getPathInfo()).thenReturn("/subscribers");
        basic("ann:pw");
        servlet.service(request, response);
        verify(response).setStatus(200);
        verify(response).setContentType("application/json");
        assertThat(body()).isEqualTo("{\"count\":0,\"subscribers\":[]}");
    }

    @Test
    void theSessionCookieOpensTheStreamOfTheWebPage() throws Exception {
        when(request.getCookies()).thenReturn(new Cookie[] {new Cookie("ZKS_SESSION", "tok")});
        when(sessions.resume("tok")).thenReturn(Optional.of(new Caller("rita", Set.of(Roles.EMPLOYEE))));
        javax.servlet.AsyncContext async = mock(javax.servlet.AsyncContext.class);
        when(request.startAsync()).thenReturn(async);
        servlet.service(request, response);
        verify(response).setStatus(200);
        verify(response).setContentType("text/event-stream");
        verify(async).setTimeout(0);
        assertThat(hub.subscribers()).singleElement().satisfies(s -> assertThat(s.user).isEqualTo("rita"));
    }

    @Test
    void otherPathsAndMethodsAreProblems() throws Exception {
        when(request.getPathInfo()).thenReturn("/nope");
        servlet.service(request, response);
        verify(response).setStatus(404);
        when(request.getPathInfo()).thenReturn(null);
        when(request.getMethod()).thenReturn("POST");
        servlet.service(request, response);
        verify(response).setStatus(405);
    }

    @Test
    void noIdMeansNoReplay() {
        assertThat(StreamServlet.lastEventId(null, null)).isNull();
        assertThat(StreamServlet.lastEventId(" ", "")).isNull();
    }

    @Test
    void headerAlone() {
        assertThat(StreamServlet.lastEventId("42", null)).isEqualTo(42L);
    }

    @Test
    void queryParameterWhenThereIsNoHeader() {
        assertThat(StreamServlet.lastEventId(null, "17")).isEqualTo(17L);
        assertThat(StreamServlet.lastEventId("", " 17 ")).isEqualTo(17L);
    }

    @Test
    void headerWinsOverQueryParameter() {
        assertThat(StreamServlet.lastEventId("42", "17")).isEqualTo(42L);
        // the header wins even when the query parameter would be invalid
        assertThat(StreamServlet.lastEventId("42", "x")).isEqualTo(42L);
    }

    @Test
    void invalidQueryParameterNamesItself() {
        assertThatThrownBy(() -> StreamServlet.lastEventId(null, "-3"))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.toString()).contains("lastEventId")));
        assertThatThrownBy(() -> StreamServlet.lastEventId("abc", null))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.toString()).contains("Last-Event-ID")));
    }
}
