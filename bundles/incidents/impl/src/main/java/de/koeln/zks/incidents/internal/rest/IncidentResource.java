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

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.StatusChange;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.domain.IncidentFilters;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.ReadOnlyFields;
import de.koeln.zks.platform.support.rest.Responses;

/**
 * {@code /api/incidents}: report, list, read and change incidents, their status and history. Employees see
 * only their own reports; the service decides.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class IncidentResource {
    private final IncidentService incidents;

    public IncidentResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Report an incident (Idempotency-Key: a retried submit creates nothing twice)", returns = Incident.class, status = 201)
    public Response report(IncidentInput input, @HeaderParam(IncidentsApplication.IDEMPOTENCY_KEY) String idempotencyKey,
            @Context UriInfo uri, @Context SecurityContext security) {
        Incident created = incidents.report(CallerPrincipal.of(security), input, idempotencyKey);
        return Responses.created(uri, created.id, created, created.version);
    }

    /** Filters: from, to, unit (repeated), kind, level, status (comma-separated or repeated), reportedBy, building. */
    @GET
    @ApiDoc(summary = "Incidents, filtered and paged (employees: their own)",
        queryParams = {"from", "to", "unit", "kind", "level", "status", "reportedBy", "building"})
    public Page<Incident> list(@Context UriInfo uri, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort, @Context SecurityContext security) {
        Paging paging = Paging.of(offset, limit);
        return incidents.list(CallerPrincipal.of(security), IncidentFilters.parse(uri.getQueryParameters()),
            paging.offset(), paging.limit(), sort);
    }

    @GET
    @Path(IncidentsApplication.ID)
    @ApiDoc(summary = "One incident, with its ETag", returns = Incident.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Incident incident = incidents.get(CallerPrincipal.of(security), id);
        return Responses.ok(incident, incident.version);
    }

    @PUT
    @Path(IncidentsApplication.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Correct an incident: send the report as you read it, with your changes (If-Match or its version: "
        + "the one you read, 412 when stale; the fields the server sets are ignored)", returns = Incident.class)
    public Response update(@PathParam("id") long id,
            @ReadOnlyFields({"id", "status", "reportedAt", "reportedBy", "statusReason", "updatedAt", "suggestedLevel", "erased"})
            IncidentInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Long expected = Versions.parseIfMatch(ifMatch);
        if (expected == null && input != null) {
            expected = input.version;
        }
        Incident updated = incidents.update(CallerPrincipal.of(security), id, input, expected);
        return Responses.ok(updated, updated.version);
    }

    @POST
    @Path(IncidentsApplication.ID + "/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Move an incident along (DRAFT →) REPORTED → IN_REVIEW → MEASURES_TAKEN → CLOSED, or REJECTED with a "
        + "reason; 409 names the allowed steps. Security managers move incidents; a reporter submits their own draft (→ REPORTED)",
        returns = Incident.class)
    public Response changeStatus(@PathParam("id") long id, StatusRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Incident changed = incidents.changeStatus(CallerPrincipal.of(security), id, request, Versions.parseIfMatch(ifMatch));
        return Responses.ok(changed, changed.version);
    }

    @GET
    @Path(IncidentsApplication.ID + "/history")
    @ApiDoc(summary = "Who changed the status, when and why")
    public List<StatusChange> history(@PathParam("id") long id, @Context SecurityContext security) {
        return incidents.history(CallerPrincipal.of(security), id);
    }
}
