package de.koeln.zks.platform.rest.internal.resources;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/platform/users}: the user directory (display names, units, workstations), kept by admins. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {
    private final UserDirectory users;

    public UsersResource(UserDirectory users) {
        this.users = users;
    }

    @GET
    @ApiDoc(summary = "The user directory, optionally of one unit")
    public Page<UserProfile> list(@QueryParam("unit") String unit, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        Paging paging = Paging.of(offset, limit);
        return users.list(CallerPrincipal.of(security), unit, paging.offset(), paging.limit());
    }

    @GET
    @Path("{name}")
    @ApiDoc(summary = "One person's profile", returns = UserProfile.class)
    public Response get(@PathParam("name") String name) {
        UserProfile profile = users.find(name).orElseThrow(() -> new NotFoundException("User", name));
        return Responses.ok(profile, profile.version);
    }

    @PUT
    @Path("{name}")
    @ApiDoc(summary = "Create or replace a profile (If-Match: the ETag you read, 412 when stale)", returns = UserProfile.class)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("name") String name, UserProfile profile,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        UserProfile saved = users.put(CallerPrincipal.of(security), name, profile, Versions.parseIfMatch(ifMatch));
        return Responses.ok(saved, saved.version);
    }

    @DELETE
    @Path("{name}")
    @ApiDoc(summary = "Remove a profile (not the login)", status = 204)
    public Response delete(@PathParam("name") String name, @Context SecurityContext security) {
        if (!users.delete(CallerPrincipal.of(security), name)) {
            throw new NotFoundException("User", name);
        }
        return Response.noContent().build();
    }
}
