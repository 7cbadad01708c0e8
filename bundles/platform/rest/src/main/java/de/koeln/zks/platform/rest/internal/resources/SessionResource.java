package de.koeln.zks.platform.rest.internal.resources;

import java.util.Optional;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;
import de.koeln.zks.platform.rest.internal.ext.WebSession;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/**
 * {@code /api/platform/session}: the web page's login and logout. The password is checked against the realm once;
 * the browser keeps only an HttpOnly session cookie, gone when the browser closes, at logout or after the idle
 * time.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** What the login form sends. */
    public static class Credentials {
        public String user;
        public String password;
    }

    private final Authenticator authenticator;
    private final WebSessions sessions;
    private final UserDirectory users;

    public SessionResource(Authenticator authenticator, WebSessions sessions, UserDirectory users) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.users = users;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Log in from the web page: {user, password} → the caller (as /me) and an HttpOnly session "
        + "cookie; needs the header X-ZKS-Request. Wrong credentials → 401 without a Basic challenge",
        returns = MeResource.Me.class)
    public Response login(Credentials credentials, @HeaderParam(WebSession.HEADER) String fromPage,
            @Context SecurityContext security, @Context HttpServletRequest http) {
        if (fromPage == null || fromPage.isBlank()) {
            throw new ApiException(403, "Forbidden", "The login needs the header " + WebSession.HEADER);
        }
        Validator v = new Validator();
        v.required("body", credentials);
        if (credentials != null) {
            v.requiredText("user", credentials.user, 256);
            v.requiredText("password", credentials.password, 1024);
        }
        v.throwIfInvalid();
        Optional<Caller> caller = authenticator.authenticate(credentials.user.strip(), credentials.password,
            http == null ? "web" : http.getRemoteAddr());
        if (caller.isEmpty()) {
            throw new ApiException(401, "Unauthorized", "User name or password is wrong");
        }
        WebSessions.Opened opened = sessions.open(caller.get());
        return Response.ok(MeResource.of(caller.get(), users))
            .header(HttpHeaders.SET_COOKIE, WebSession.setCookie(opened.token(), security.isSecure()))
            .build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SECURITY_MANAGER, Roles.ADMIN, Roles.RESPONDER})
    @ApiDoc(summary = "The caller of the current session (as /me); 401 when the session has ended",
        returns = MeResource.Me.class)
    public MeResource.Me current(@Context SecurityContext security) {
        return MeResource.of(CallerPrincipal.of(security), users);
    }

    @DELETE
    @PermitAll
    @ApiDoc(summary = "Log out: ends the session of the cookie and removes the cookie (204, also without a session)",
        status = 204)
    public Response logout(@CookieParam(WebSession.COOKIE) String token, @Context SecurityContext security) {
        sessions.close(token);
        return Response.noContent()
            .header(HttpHeaders.SET_COOKIE, WebSession.setCookie(null, security.isSecure()))
            .build();
    }
}
