package de.koeln.zks.inspections.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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

import de.koeln.zks.inspections.api.Consultation;
import de.koeln.zks.inspections.api.ConsultationQuery;
import de.koeln.zks.inspections.api.ConsultationService;
import de.koeln.zks.inspections.api.ConsultationState;
import de.koeln.zks.inspections.api.ConsultationUrgency;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.OptionalBody;
import de.koeln.zks.platform.support.rest.Responses;

/**
 * {@code /api/inspections/consultations}: staff ask the security management for advice for their unit; security
 * managers take, close or decline them and plan an inspection from one. The steps take the consultation's fields
 * they need as body: {@code {"handler"}}, {@code {"outcome"}}, {@code {"reason"}}.
 */
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class ConsultationsResource {
    private final ConsultationService consultations;

    public ConsultationsResource(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Ask for advice for a unit you belong to {\"unit\",\"topic\",\"description\",\"urgency\":"
        + "\"ROUTINE|SOON|URGENT\",\"contact\":{\"name\",\"phone\",\"email\"},\"location\"}", returns = Consultation.class,
        status = 201)
    public Response request(Consultation consultation, @Context UriInfo uri, @Context SecurityContext security) {
        Consultation c = consultations.request(CallerPrincipal.of(security), consultation);
        return Responses.created(uri, c.id, c, c.version);
    }

    @GET
    @ApiDoc(summary = "Consultations (staff: their units' and their own); open=true: requested and in progress, "
        + "the most urgent and oldest first; otherwise the newest first", queryParams = {"state", "unit", "urgency", "open"})
    public Page<Consultation> list(@QueryParam("state") String state, @QueryParam("unit") String unit,
            @QueryParam("urgency") String urgency, @QueryParam("open") String open, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        ConsultationQuery q = new ConsultationQuery();
        q.state = QueryParams.enumValue("state", state, ConsultationState.class);
        q.unit = unit == null || unit.isBlank() ? null : unit.strip();
        q.urgency = QueryParams.enumValue("urgency", urgency, ConsultationUrgency.class);
        q.open = QueryParams.flag("open", open);
        Paging paging = Paging.of(offset, limit);
        return consultations.list(CallerPrincipal.of(security), q, paging.offset(), paging.limit());
    }

    @GET
    @Path(InspectionsApplication.ID)
    @ApiDoc(summary = "One consultation with its handling and outcome", returns = Consultation.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Consultation c = consultations.get(CallerPrincipal.of(security), id);
        return Responses.ok(c, c.version);
    }

    @POST
    @Path(InspectionsApplication.ID + "/take")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Take an open consultation (IN_PROGRESS) yourself, or hand it to {\"handler\"}",
        returns = Consultation.class)
    public Response take(@PathParam("id") long id, @OptionalBody Consultation body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Consultation c = consultations.take(CallerPrincipal.of(security), id, body == null ? null : body.handler,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(c, c.version);
    }

    @POST
    @Path(InspectionsApplication.ID + "/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Close an open consultation with the advice given {\"outcome\"}", returns = Consultation.class)
    public Response close(@PathParam("id") long id, Consultation body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Consultation c = consultations.close(CallerPrincipal.of(security), id, body == null ? null : body.outcome,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(c, c.version);
    }

    @POST
    @Path(InspectionsApplication.ID + "/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Decline an open consultation {\"reason\"}", returns = Consultation.class)
    public Response decline(@PathParam("id") long id, Consultation body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Consultation c = consultations.decline(CallerPrincipal.of(security), id, body == null ? null : body.reason,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(c, c.version);
    }

    @POST
    @Path(InspectionsApplication.ID + "/inspection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Plan an inspection of the consultation's unit {\"template\",\"scheduledFor\",\"riskLevel\",\"inspector\","
        + "\"recurrenceMonths\",\"location\" (default: the consultation's)}; once per open consultation",
        returns = Inspection.class, status = 201)
    public Response planInspection(@PathParam("id") long id, Inspection plan, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context UriInfo uri, @Context SecurityContext security) {
        Inspection planned = consultations.planInspection(CallerPrincipal.of(security), id, plan, Versions.parseIfMatch(ifMatch));
        return Response.created(uri.getBaseUriBuilder().path("inspections").path(String.valueOf(planned.id)).build())
            .tag(Versions.etag(planned.version)).entity(planned).build();
    }
}
