package de.koeln.zks.incidents.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyOwner;
import de.koeln.zks.incidents.api.DutyQuery;
import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/**
 * {@code /api/incidents/duties}: the duties across incidents, by due time, for security management.
 */
@Path("duties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class DutiesResource {
    private final DutyService duties;

    public DutiesResource(DutyService duties) {
        this.duties = duties;
    }

    @GET
    @ApiDoc(summary = "Duties across incidents, by due time; overdue=true for the open ones past due",
        queryParams = {"overdue", "state", "owner", "unit", "code"})
    public Page<Duty> list(@QueryParam("overdue") String overdue, @QueryParam("state") String state,
            @QueryParam("owner") String owner, @QueryParam("unit") String unit, @QueryParam("code") String code,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        DutyQuery query = new DutyQuery();
        query.overdue = QueryParams.flag("overdue", overdue);
        query.state = QueryParams.enumValue("state", state, DutyState.class);
        query.owner = QueryParams.enumValue("owner", owner, DutyOwner.class);
        query.unit = unit == null || unit.isBlank() ? null : unit.strip();
        query.code = code == null || code.isBlank() ? null : code.strip();
        Paging paging = Paging.of(offset, limit);
        return duties.list(CallerPrincipal.of(security), query, paging.offset(), paging.limit());
    }
}
