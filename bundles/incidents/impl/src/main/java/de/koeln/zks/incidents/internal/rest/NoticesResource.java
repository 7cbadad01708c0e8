package de.koeln.zks.incidents.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import javax.ws.rs.core.UriInfo;


import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.incidents.api.RiskNoticeService;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/**
 * {@code /api/incidents/notices}: risk notices. Security managers and admins publish and list all;
 * {@code current} and single notices are open to all staff, who see those in force for their units.
 */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class NoticesResource {
    private final RiskNoticeService notices;

    public NoticesResource(RiskNoticeService notices) {
        this.notices = notices;
    }

    @GET
    @ApiDoc(summary = "All risk notices, also expired ones")
    public Page<RiskNotice> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        Paging paging = Paging.of(offset, limit);
        return notices.list(CallerPrincipal.of(security), paging.offset(), paging.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Publish a time-limited risk notice for a unit or a location", returns = RiskNotice.class, status = 201)
    public Response create(RiskNotice notice, @Context UriInfo uri, @Context SecurityContext security) {
        RiskNotice created = notices.create(CallerPrincipal.of(security), notice);
        return Responses.created(uri, created.id, created, created.version);
    }

    @GET
    @Path("current")
    @RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The notices in force for the caller's units")
    public List<RiskNotice> current(@Context SecurityContext security) {
        return notices.listInForceFor(CallerPrincipal.of(security));
    }

    @GET
    @Path(IncidentsApplication.ID)
    @RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One risk notice", returns = RiskNotice.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        RiskNotice notice = notices.get(CallerPrincipal.of(security), id);
        return Responses.ok(notice, notice.version);
    }

    @PUT
    @Path(IncidentsApplication.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Change a risk notice (If-Match)", returns = RiskNotice.class)
    public Response update(@PathParam("id") long id, RiskNotice notice, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        RiskNotice updated = notices.update(CallerPrincipal.of(security), id, notice, Versions.parseIfMatch(ifMatch));
        return Responses.ok(updated, updated.version);
    }
}
