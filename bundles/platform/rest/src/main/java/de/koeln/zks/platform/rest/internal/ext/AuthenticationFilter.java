package de.koeln.zks.platform.rest.internal.ext;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;
import de.koeln.zks.platform.support.http.HttpAuthentication;

/**
 * HTTP Basic against the platform's realm, or the web page's session cookie ({@link WebSession}), decided by
 * {@link HttpAuthentication} (shared with the modules' own servlets). Credentials that are sent must be right (401
 * otherwise); a request without credentials, or with a session that has ended, goes on anonymous, and
 * {@link RolesFilter} decides whether the endpoint allows that. A write with the session cookie but without the
 * page's header is refused (403): it came from another site.
 */
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
    private final HttpAuthentication authentication;

    @Context
    private HttpServletRequest servletRequest;

    public AuthenticationFilter(Authenticator authenticator, WebSessions sessions) {
        this.authentication = new HttpAuthentication(authenticator, sessions);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        HttpAuthentication.Outcome outcome = authentication.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION),
            WebSession.token(request), request.getMethod(), WebSession.fromPage(request), source());
        if (outcome.refusal() != null) {
            request.abortWith(Problems.of(outcome.refusal()));
        } else if (outcome.caller() != null) {
            request.setSecurityContext(new CallerSecurityContext(outcome.caller(), request.getSecurityContext().isSecure()));
        }
    }

    private String source() {
        try {
            return servletRequest == null ? "http" : servletRequest.getRemoteAddr();
        } catch (RuntimeException e) {
            return "http";
        }
    }
}
