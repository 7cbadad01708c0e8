package de.koeln.zks.platform.rest.internal.resources;

import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code GET /api/platform/me}: who am I, with which roles and in which units. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as the platform sees them. */
    public static class Me {
        public String name;
        public String displayName;
        public Set<String> roles;
        public List<String> units;
        public String workstation;
    }

    private final UserDirectory users;

    public MeResource(UserDirectory users) {
        this.users = users;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SECURITY_MANAGER, Roles.ADMIN, Roles.RESPONDER})
    public Me me(@Context SecurityContext security) {
        return of(CallerPrincipal.of(security), users);
    }

    /** The caller with their name, units and workstation from the user directory. */
    static Me of(Caller caller, UserDirectory users) {
        Me me = new Me();
        me.name = caller.name();
        me.roles = caller.roles();
        UserProfile profile = users.find(caller.name()).orElse(null);
        me.displayName = profile == null ? caller.name() : profile.displayName;
        me.units = profile == null ? List.of() : profile.units;
        me.workstation = profile == null ? null : profile.workstation;
        return me;
    }
}
