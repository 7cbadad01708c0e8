package de.koeln.zks.training.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;
import de.koeln.zks.training.api.TrainingCatalog;
import de.koeln.zks.training.api.UnitRisk;

/** {@code /api/training/units}: the workplace risk level of each unit, from which courses are recommended. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class UnitsResource {
    private final TrainingCatalog catalog;

    public UnitsResource(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The units with their workplace risk level (Aachener Modell 0-3)")
    public List<UnitRisk> list(@Context SecurityContext security) {
        return catalog.unitRisks(CallerPrincipal.of(security));
    }

    @PUT
    @Path("{unit}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Set a unit's risk level {\"riskLevel\":2} (If-Match)", returns = UnitRisk.class)
    public Response set(@PathParam("unit") String unit, UnitRisk risk, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        if (risk == null || risk.riskLevel == null) {
            throw new ValidationException("riskLevel", "is required");
        }
        UnitRisk set = catalog.setUnitRisk(CallerPrincipal.of(security), unit, risk.riskLevel, Versions.parseIfMatch(ifMatch));
        return Responses.ok(set, set.version);
    }
}
