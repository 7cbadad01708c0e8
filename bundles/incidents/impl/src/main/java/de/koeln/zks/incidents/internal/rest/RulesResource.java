package de.koeln.zks.incidents.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.incidents.api.DutyRules;
import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code /api/incidents/rules}: the level suggested per kind and the duty rules in force, for all staff. */
@Path("rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class RulesResource {
    private final DutyService duties;

    public RulesResource(DutyService duties) {
        this.duties = duties;
    }

    @GET
    @ApiDoc(summary = "The rules in force: the level suggested per kind of incident and the duties each report gets",
        returns = DutyRules.class)
    public DutyRules rules(@Context SecurityContext security) {
        return duties.rules(CallerPrincipal.of(security));
    }
}
