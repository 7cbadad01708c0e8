package de.koeln.zks.platform.rest.internal.ext;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;

import de.koeln.zks.platform.support.http.HttpAuthentication;

/**
 * How the web page talks to the API: its session is the cookie {@value #COOKIE} (HttpOnly, SameSite=Strict), and
 * every request of the page carries the header {@value #HEADER}. A browser sends that header only from a page of
 * this origin (another site would need a CORS permission the API never gives), so a write that comes with the
 * cookie but without the header is a cross-site request and refused; and an answer 401 to a request with the
 * header carries no Basic challenge, so that the browser shows the page's own login instead of its dialog.
 */
public final class WebSession {
    public static final String COOKIE = HttpAuthentication.COOKIE;
    public static final String HEADER = HttpAuthentication.HEADER;

    private WebSession() {
    }

    /** The session token the request carries, or null. */
    public static String token(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    /** Whether the request comes from the platform's own web page. */
    public static boolean fromPage(ContainerRequestContext request) {
        return HttpAuthentication.fromPage(request.getHeaderString(HEADER));
    }

    /** The cookie that opens (token) or ends (null) a session in the browser; never kept beyond the browser's session. */
    public static String setCookie(String token, boolean secure) {
        StringBuilder cookie = new StringBuilder(COOKIE).append('=').append(token == null ? "" : token)
            .append("; Path=/; HttpOnly; SameSite=Strict");
        if (token == null) {
            cookie.append("; Max-Age=0");
        }
        if (secure) {
            cookie.append("; Secure");
        }
        return cookie.toString();
    }

}
