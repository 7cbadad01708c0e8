package de.koeln.zks.alarm.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmCancel;
import de.koeln.zks.alarm.api.AlarmClose;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.alarm.api.AlarmTrigger;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/alarm/alarms}: raise, read, acknowledge, cancel and close alarms. */
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class AlarmsResource {
    private final AlarmService alarms;

    public AlarmsResource(AlarmService alarms) {
        this.alarms = alarms;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Raise a silent alarm (point, class DEESCALATION|HELP|RAMPAGE, note, drill): 201 with its id, stored "
        + "before the answer; a trigger from a point with an open alarm joins it (200, joined=true)", returns = Alarm.class, status = 201)
    public Response trigger(AlarmTrigger trigger, @Context UriInfo uri, @Context SecurityContext security) {
        AlarmService.Raised raised = alarms.trigger(CallerPrincipal.of(security), trigger);
        Alarm a = raised.alarm();
        if (raised.joined()) {
            return Response.ok(a).tag(Responses.etag(a.version)).header("Zks-Alarm-Joined", "true").build();
        }
        return Responses.created(uri, a.id, a, a.version);
    }

    @GET
    @ApiDoc(summary = "Alarms, newest first (state=RAISED|ACKNOWLEDGED|CLOSED|CANCELLED, open=true for the open ones); "
        + "responders see their groups', employees their own")
    public Page<Alarm> list(@QueryParam("state") String state, @QueryParam("open") Boolean open,
                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                            @Context SecurityContext security) {
        Paging paging = Paging.of(offset, limit);
        return alarms.list(CallerPrincipal.of(security), QueryParams.enumValue("state", state, AlarmState.class),
            Boolean.TRUE.equals(open), paging.offset(), paging.limit());
    }

    @GET
    @Path(AlarmApplication.ID)
    @ApiDoc(summary = "One alarm with its place and timeline", returns = Alarm.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Alarm a = alarms.get(CallerPrincipal.of(security), id);
        return Responses.ok(a, a.version);
    }

    @POST
    @Path(AlarmApplication.ID + "/acknowledge")
    @RolesAllowed({Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "On my way: a responder of an alarmed group takes the alarm over (stops the escalation)", returns = Alarm.class)
    public Response acknowledge(@PathParam("id") long id, @Context SecurityContext security) {
        Alarm a = alarms.acknowledge(CallerPrincipal.of(security), id);
        return Responses.ok(a, a.version);
    }

    @POST
    @Path(AlarmApplication.ID + "/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "False alarm: the person who raised it cancels within the grace period, with a reason", returns = Alarm.class)
    public Response cancel(@PathParam("id") long id, AlarmCancel cancel, @Context SecurityContext security) {
        Alarm a = alarms.cancel(CallerPrincipal.of(security), id, cancel);
        return Responses.ok(a, a.version);
    }

    @POST
    @Path(AlarmApplication.ID + "/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "All-clear with a short outcome (and the Aachener level 0-3 of what happened)", returns = Alarm.class)
    public Response close(@PathParam("id") long id, AlarmClose close, @Context SecurityContext security) {
        Alarm a = alarms.close(CallerPrincipal.of(security), id, close);
        return Responses.ok(a, a.version);
    }
}
