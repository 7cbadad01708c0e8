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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.internal.service.JpaAlarmService;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/alarm/points}: alarm points, their heartbeats and the silent ones. */
@Path("/points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class PointsResource {
    private final AlarmRegistry registry;
    private final JpaAlarmService service;

    public PointsResource(AlarmRegistry registry, JpaAlarmService service) {
        this.registry = registry;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Register an alarm point (groups in escalation order, nearest first)", returns = AlarmPoint.class, status = 201)
    public Response create(AlarmPoint point, @Context UriInfo uri, @Context SecurityContext security) {
        AlarmPoint created = registry.createPoint(CallerPrincipal.of(security), point);
        return Responses.created(uri, created.id, created, created.version);
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Alarm points, optionally of one building")
    public Page<AlarmPoint> list(@QueryParam("building") String building, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        Paging paging = Paging.of(offset, limit);
        return registry.points(CallerPrincipal.of(security), building, paging.offset(), paging.limit());
    }

    @GET
    @Path("silent")
    @ApiDoc(summary = "Points whose client has sent no heartbeat for silentPointMinutes: dead alarm clients",
        returns = List.class, of = AlarmPoint.class)
    public List<AlarmPoint> silent(@Context SecurityContext security) {
        return registry.silentPoints(CallerPrincipal.of(security), service.settings().silentPoint());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One alarm point", returns = AlarmPoint.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        AlarmPoint p = registry.point(CallerPrincipal.of(security), id);
        return Responses.ok(p, p.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Create or replace an alarm point (If-Match: 412 when stale)", returns = AlarmPoint.class)
    public Response put(@PathParam("id") String id, AlarmPoint point, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Context SecurityContext security) {
        AlarmPoint p = registry.putPoint(CallerPrincipal.of(security), id, point, Versions.parseIfMatch(ifMatch));
        return Responses.ok(p, p.version);
    }

    @DELETE
    @Path("{id}")
    @ApiDoc(summary = "Remove an alarm point", status = 204)
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        registry.deletePoint(CallerPrincipal.of(security), id);
    }

    @POST
    @Path("{id}/heartbeat")
    @RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The point's client is alive (a desktop client sends this every minute)", status = 204)
    public void heartbeat(@PathParam("id") String id, @Context SecurityContext security) {
        registry.heartbeat(CallerPrincipal.of(security), id);
    }
}
