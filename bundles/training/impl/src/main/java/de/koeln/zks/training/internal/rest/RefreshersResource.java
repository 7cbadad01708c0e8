package de.koeln.zks.training.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.training.api.Refresher;
import de.koeln.zks.training.api.TrainingRecords;

/** {@code /api/training/refreshers}: per unit, who needs which recommended course, and who is overdue. */
@Path("refreshers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_MANAGER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class RefreshersResource {
    private final TrainingRecords records;

    public RefreshersResource(TrainingRecords records) {
        this.records = records;
    }

    @GET
    @ApiDoc(summary = "Staff and the courses recommended for their unit, last attendance and refresher date; "
        + "overdue=true: never trained or past due (unit managers: their units)", queryParams = {"overdue", "unit"})
    public List<Refresher> list(@QueryParam("overdue") String overdue, @QueryParam("unit") String unit,
            @Context SecurityContext security) {
        return records.refreshers(CallerPrincipal.of(security), QueryParams.flag("overdue", overdue),
            unit == null || unit.isBlank() ? null : unit.strip());
    }
}
