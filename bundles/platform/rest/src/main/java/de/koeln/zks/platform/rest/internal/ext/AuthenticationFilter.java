package de.koeln.zks.platform.rest.internal.ext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;

/**
 * HTTP Basic against the platform's realm, or the web page's session cookie ({@link WebSession}). Credentials
 * that are sent must be right (401 otherwise); a request without credentials, or with a session that has ended,
 * goes on anonymous, and {@link RolesFilter} decides whether the endpoint allows that. A write with the session
 * cookie but without the page's header is refused (403): it came from another site.
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BASIC = "Basic ";

    private final Authenticator authenticator;
    private final WebSessions sessions;

    @Context
    private HttpServletRequest servletRequest;

    public AuthenticationFilter(Authenticator authenticator, WebSessions sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            fromSession(request);
            return;
        }
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            request.abortWith(Problems.of(401, "Unauthorized", "Only HTTP Basic authentication is supported"));
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.abortWith(Problems.of(401, "Unauthorized", "The Basic credentials are not valid Base64"));
            return;
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        Optional<Caller> caller = authenticator.authenticate(user, password, source());
        if (caller.isEmpty()) {
            request.abortWith(Problems.of(401, "Unauthorized", "User name or password is wrong"));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    private void fromSession(ContainerRequestContext request) {
        String token = WebSession.token(request);
        if (token == null) {
            return;
        }
        Optional<Caller> caller = sessions.resume(token);
        if (caller.isEmpty()) {
            return;
        }
        if (WebSession.writes(request.getMethod()) && !WebSession.fromPage(request)) {
            request.abortWith(Problems.of(403, "Forbidden",
                "A write with the session cookie needs the header " + WebSession.HEADER + " (cross-site request refused)"));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    private String source() {
        try {
            return servletRequest == null ? "http" : servletRequest.getRemoteAddr();
        } catch (RuntimeException e) {
            return "http";
        }
    }
}
