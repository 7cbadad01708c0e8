package de.koeln.zks.platform.rest.internal.ext;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** The security context of an authenticated request: the caller and their realm roles. */
final class CallerSecurityContext implements SecurityContext {
    private final CallerPrincipal principal;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.principal = new CallerPrincipal(caller);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.caller().hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
