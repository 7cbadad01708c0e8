package de.koeln.zks.inspections.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code /api/inspections/findings/{id}/measures}: the measures of a finding. */
@Path("findings/" + InspectionsApplication.ID + "/measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class FindingsResource {
    private final MeasureService measures;

    public FindingsResource(MeasureService measures) {
        this.measures = measures;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The measures of a finding (staff: of their unit's findings)")
    public List<Measure> list(@PathParam("id") long id, @Context SecurityContext security) {
        return measures.ofFinding(CallerPrincipal.of(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "A measure {\"what\",\"ownerUnit\",\"due\"} (due not in the past)", returns = Measure.class, status = 201)
    public Response add(@PathParam("id") long id, Measure measure, @Context UriInfo uri,
            @Context SecurityContext security) {
        Measure created = measures.add(CallerPrincipal.of(security), id, measure);
        return Response.created(uri.getBaseUriBuilder().path("measures").path(String.valueOf(created.id)).build())
            .tag(Versions.etag(created.version)).entity(created).build();
    }
}
