package de.koeln.zks.training.internal.rest;

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

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.OptionalBody;
import de.koeln.zks.platform.support.rest.Responses;
import de.koeln.zks.training.api.Reason;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationRequest;
import de.koeln.zks.training.api.RegistrationService;
import de.koeln.zks.training.api.SessionQuery;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingCatalog;
import de.koeln.zks.training.api.TrainingSession;
import de.koeln.zks.training.internal.calendar.CalendarEntries;

/**
 * {@code /api/training/sessions}: the dates of courses with their seats, registration for them, the registrants
 * (trainer, security managers) and a session as iCalendar.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class SessionsResource {
    private final TrainingCatalog catalog;
    private final RegistrationService registrations;

    public SessionsResource(TrainingCatalog catalog, RegistrationService registrations) {
        this.catalog = catalog;
        this.registrations = registrations;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Sessions by start, with free, taken and waiting seats", queryParams = {"course", "from", "to", "status", "trainer"})
    public Page<TrainingSession> list(@QueryParam("course") String course, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("trainer") String trainer,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        SessionQuery q = new SessionQuery();
        q.course = QueryParams.id("course", course);
        q.from = QueryParams.periodStart("from", from);
        q.to = QueryParams.periodEnd("to", to);
        q.status = QueryParams.enumValue("status", status, SessionStatus.class);
        q.trainer = trainer == null || trainer.isBlank() ? null : trainer.strip();
        Paging paging = Paging.of(offset, limit);
        return catalog.sessions(CallerPrincipal.of(security), q, paging.offset(), paging.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Plan a session of a course", returns = TrainingSession.class, status = 201)
    public Response create(TrainingSession session, @Context UriInfo uri, @Context SecurityContext security) {
        TrainingSession created = catalog.createSession(CallerPrincipal.of(security), session);
        return Responses.created(uri, created.id, created, created.version);
    }

    @GET
    @Path(TrainingApplication.ID)
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One session with its seats", returns = TrainingSession.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        TrainingSession session = catalog.session(CallerPrincipal.of(security), id);
        return Responses.ok(session, session.version);
    }

    @PUT
    @Path(TrainingApplication.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Move a session or change its place, trainer, capacity or deadline (If-Match); more seats promote "
        + "from the waiting list", returns = TrainingSession.class)
    public Response update(@PathParam("id") long id, TrainingSession session, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        TrainingSession updated = catalog.updateSession(CallerPrincipal.of(security), id, session,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(updated, updated.version);
    }

    @POST
    @Path(TrainingApplication.ID + "/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Cancel a session with {\"reason\"}: every registrant is told", returns = TrainingSession.class)
    public Response cancel(@PathParam("id") long id, Reason reason, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        TrainingSession cancelled = catalog.cancelSession(CallerPrincipal.of(security), id,
            reason == null ? null : reason.reason, Versions.parseIfMatch(ifMatch));
        return Responses.ok(cancelled, cancelled.version);
    }

    @POST
    @Path(TrainingApplication.ID + "/registrations")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Register: no body registers the caller; {\"participant\":\"...\"} a unit manager's staff member. "
        + "201 with status CONFIRMED, PENDING_APPROVAL or WAITLISTED and position", returns = Registration.class, status = 201)
    public Response register(@PathParam("id") long id, @OptionalBody RegistrationRequest request, @Context UriInfo uri,
            @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        Registration made = registrations.register(caller, id, request == null ? null : request.participant);
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(String.valueOf(made.id)).build())
            .tag(Versions.etag(made.version)).entity(made).build();
    }

    @GET
    @Path(TrainingApplication.ID + "/registrations")
    @RolesAllowed({Roles.TRAINER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The registrants: seat holders, then the waiting list in order (trainer of the session, security managers)")
    public List<Registration> registrations(@PathParam("id") long id, @Context SecurityContext security) {
        return registrations.registrations(CallerPrincipal.of(security), id);
    }

    @GET
    @Path(TrainingApplication.ID + "/calendar")
    @Produces(TrainingApplication.CALENDAR)
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The session as iCalendar (text/calendar), for Outlook and other calendars", returns = String.class)
    public Response calendar(@PathParam("id") long id, @Context SecurityContext security) {
        TrainingSession session = catalog.session(CallerPrincipal.of(security), id);
        return Response.ok(CalendarEntries.render(session.courseTitle, List.of(CalendarEntries.of(session)),
            CalendarEntries.CLOCK), TrainingApplication.CALENDAR)
            .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"").build();
    }
}
