package de.koeln.zks.incidents.internal.rest;

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

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.DutyUpdate;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/incidents/{id}/duties}: an incident's duties, seen by whoever sees the incident, marked by management. */
@Path(IncidentsApplication.ID + "/duties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class IncidentDutiesResource {
    private final DutyService duties;

    public IncidentDutiesResource(DutyService duties) {
        this.duties = duties;
    }

    @GET
    @ApiDoc(summary = "The duties of an incident by its Aachener level: owner, due time, state")
    public List<Duty> list(@PathParam("id") long id, @Context SecurityContext security) {
        return duties.duties(CallerPrincipal.of(security), id);
    }

    @PUT
    @Path("{dutyId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Mark a duty: {\"state\":\"DONE\"|\"NOT_NEEDED\"|\"OPEN\",\"note\"} (If-Match)", returns = Duty.class)
    public Response update(@PathParam("id") long id, @PathParam("dutyId") long dutyId, DutyUpdate update,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Duty duty = duties.update(CallerPrincipal.of(security), id, dutyId, update, Versions.parseIfMatch(ifMatch));
        return Responses.ok(duty, duty.version);
    }
}
