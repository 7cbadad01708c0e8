package de.koeln.zks.incidents.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.incidents.api.MeasureQuery;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code /api/incidents/measures}: the measures across incidents, by due date, for security management. */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class AllMeasuresResource {
    private final IncidentService incidents;

    public AllMeasuresResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @ApiDoc(summary = "Measures across incidents by due date (each with its incidentId); overdue=true for those not done "
        + "and due before today; done, ownerUnit filter", queryParams = {"overdue", "done", "ownerUnit"})
    public Page<Measure> list(@QueryParam("overdue") String overdue, @QueryParam("done") String done,
            @QueryParam("ownerUnit") String ownerUnit, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        MeasureQuery query = new MeasureQuery();
        query.overdue = QueryParams.flag("overdue", overdue);
        query.done = QueryParams.flag("done", done);
        query.ownerUnit = ownerUnit;
        Paging paging = Paging.of(offset, limit);
        return incidents.measures(CallerPrincipal.of(security), query, paging.offset(), paging.limit());
    }
}
