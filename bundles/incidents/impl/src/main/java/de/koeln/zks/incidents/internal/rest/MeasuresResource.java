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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;


import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/incidents/{id}/measures}: the measures taken on an incident; security management only. */
@Path(IncidentsApplication.ID + "/measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class MeasuresResource {
    private final IncidentService incidents;

    public MeasuresResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @ApiDoc(summary = "The follow-up measures of an incident")
    public List<Measure> list(@PathParam("id") long id, @Context SecurityContext security) {
        return incidents.measures(CallerPrincipal.of(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Add a follow-up measure (what, owner unit, due date)", returns = Measure.class, status = 201)
    public Response add(@PathParam("id") long id, Measure measure, @Context UriInfo uri, @Context SecurityContext security) {
        Measure created = incidents.addMeasure(CallerPrincipal.of(security), id, measure);
        return Responses.created(uri, created.id, created, created.version);
    }

    @PUT
    @Path("{measureId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Update a measure, e.g. mark it done (If-Match)", returns = Measure.class)
    public Response update(@PathParam("id") long id, @PathParam("measureId") long measureId, Measure measure,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Measure updated = incidents.updateMeasure(CallerPrincipal.of(security), id, measureId, measure,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(updated, updated.version);
    }
}
