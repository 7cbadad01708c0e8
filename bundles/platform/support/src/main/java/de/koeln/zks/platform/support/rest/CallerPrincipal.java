package de.koeln.zks.platform.support.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ApiException;

/** The principal the platform's authentication filter puts into every request's {@link SecurityContext}. */
public final class CallerPrincipal implements Principal {
    private final Caller caller;

    public CallerPrincipal(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }

    /** The authenticated caller of this request; 401 if there is none (a resource without roles). */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller;
        }
        throw new ApiException(401, "Unauthorized", "This operation needs an authenticated user");
    }

    @Override
    public String toString() {
        return caller.toString();
    }
}
