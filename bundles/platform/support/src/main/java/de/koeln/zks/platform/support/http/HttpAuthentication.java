package de.koeln.zks.platform.support.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;

/**
 * Who sends a request to the API, decided once for the REST applications and a module's own servlets: HTTP
 * Basic against the realm, or the web page's session cookie {@value #COOKIE}. Credentials that are sent must be
 * right (401 otherwise); a request without credentials, or with a session that has ended, is anonymous. A write
 * with the session cookie but without the page's header {@value #HEADER} came from another site (403).
 */
public final class HttpAuthentication {
    /** The web page's session cookie (HttpOnly, SameSite=Strict). */
    public static final String COOKIE = "ZKS_SESSION";
    /** The header every request of the platform's own web page carries. */
    public static final String HEADER = "X-ZKS-Request";
    /** The challenge of a 401, unless the request came from the web page. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"ZKS\", charset=\"UTF-8\"";
    private static final String BASIC = "Basic ";

    private final Authenticator authenticator;
    private final WebSessions sessions;

    public HttpAuthentication(Authenticator authenticator, WebSessions sessions) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** The decision: a caller, anonymous (neither), or a refusal to answer as problem+json. */
    public record Outcome(Caller caller, ApiException refusal) {
        static final Outcome ANONYMOUS = new Outcome(null, null);

        public boolean anonymous() {
            return caller == null && refusal == null;
        }
    }

    /**
     * @param authorization the {@code Authorization} header or null
     * @param sessionToken  the value of the session cookie or null
     * @param fromPage      whether the request carries {@value #HEADER}
     * @param source        the remote address, for the failure log
     */
    public Outcome authenticate(String authorization, String sessionToken, String method, boolean fromPage, String source) {
        if (authorization == null || authorization.isBlank()) {
            return fromSession(sessionToken, method, fromPage);
        }
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return refused(401, "Unauthorized", "Only HTTP Basic authentication is supported");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refused(401, "Unauthorized", "The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        Optional<Caller> caller = authenticator.authenticate(user, password, source);
        return caller.map(c -> new Outcome(c, null))
            .orElseGet(() -> refused(401, "Unauthorized", "User name or password is wrong"));
    }

    /** The same for a servlet's request. */
    public Outcome authenticate(HttpServletRequest request) {
        return authenticate(request.getHeader("Authorization"), sessionToken(request), request.getMethod(),
            fromPage(request.getHeader(HEADER)), request.getRemoteAddr());
    }

    private Outcome fromSession(String token, String method, boolean fromPage) {
        if (token == null || token.isEmpty()) {
            return Outcome.ANONYMOUS;
        }
        Optional<Caller> caller = sessions.resume(token);
        if (caller.isEmpty()) {
            return Outcome.ANONYMOUS;
        }
        if (writes(method) && !fromPage) {
            return refused(403, "Forbidden",
                "A write with the session cookie needs the header " + HEADER + " (cross-site request refused)");
        }
        return new Outcome(caller.get(), null);
    }

    private static Outcome refused(int status, String title, String detail) {
        return new Outcome(null, new ApiException(status, title, detail));
    }

    /** The session token a servlet's request carries, or null. */
    public static String sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty()) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Whether a value of the header {@value #HEADER} marks the platform's own web page. */
    public static boolean fromPage(String headerValue) {
        return headerValue != null && !headerValue.isBlank();
    }

    /**
     * Whether a 401 carries the Basic challenge: not for the web page (request with its header or its cookie),
     * whose browser would show its own password dialog over the page's login.
     */
    public static boolean challenges(boolean fromPage, String sessionToken) {
        return !fromPage && sessionToken == null;
    }

    public static boolean writes(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }
}
