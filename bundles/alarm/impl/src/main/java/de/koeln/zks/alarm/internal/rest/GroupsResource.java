package de.koeln.zks.alarm.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.api.ResponderGroup;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/alarm/groups}: responder groups (changed by admins and security managers). */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class GroupsResource {
    private final AlarmRegistry registry;

    public GroupsResource(AlarmRegistry registry) {
        this.registry = registry;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Create a responder group (kind NEARBY, SECURITY_SERVICE or CENTRAL_DESK; members hold the role responder)",
        returns = ResponderGroup.class, status = 201)
    public Response create(ResponderGroup group, @Context UriInfo uri, @Context SecurityContext security) {
        ResponderGroup created = registry.createGroup(CallerPrincipal.of(security), group);
        return Responses.created(uri, created.name, created, created.version);
    }

    @GET
    @RolesAllowed({Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "All responder groups", returns = List.class, of = ResponderGroup.class)
    public List<ResponderGroup> list(@Context SecurityContext security) {
        return registry.groups(CallerPrincipal.of(security));
    }

    @GET
    @Path("{name}")
    @RolesAllowed({Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One responder group", returns = ResponderGroup.class)
    public Response get(@PathParam("name") String name, @Context SecurityContext security) {
        ResponderGroup g = registry.group(CallerPrincipal.of(security), name);
        return Responses.ok(g, g.version);
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Create or replace a responder group (If-Match: 412 when stale)", returns = ResponderGroup.class)
    public Response put(@PathParam("name") String name, ResponderGroup group,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        ResponderGroup g = registry.putGroup(CallerPrincipal.of(security), name, group, Versions.parseIfMatch(ifMatch));
        return Responses.ok(g, g.version);
    }

    @DELETE
    @Path("{name}")
    @ApiDoc(summary = "Remove a responder group that no alarm point names", status = 204)
    public void delete(@PathParam("name") String name, @Context SecurityContext security) {
        registry.deleteGroup(CallerPrincipal.of(security), name);
    }
}
