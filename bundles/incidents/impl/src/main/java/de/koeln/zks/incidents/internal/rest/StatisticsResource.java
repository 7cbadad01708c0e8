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
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code GET /api/incidents/statistics?from=&to=}: counts by level, kind, unit, month and status. */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class StatisticsResource {
    private final IncidentService incidents;

    public StatisticsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @ApiDoc(summary = "Counts by level, kind, unit, month and status for a period")
    public IncidentStatistics statistics(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext security) {
        return incidents.statistics(CallerPrincipal.of(security), QueryParams.periodStart("from", from),
            QueryParams.periodEnd("to", to));
    }
}
