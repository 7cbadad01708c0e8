package de.koeln.zks.training.internal.rest;

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

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.OptionalBody;
import de.koeln.zks.platform.support.rest.Responses;
import de.koeln.zks.training.api.Attendance;
import de.koeln.zks.training.api.Reason;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationService;

/** {@code /api/training/registrations/{id}}: one registration, its cancellation, approval and attendance. */
@Path("registrations/" + TrainingApplication.ID)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class RegistrationsResource {
    private final RegistrationService registrations;

    public RegistrationsResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GET
    @ApiDoc(summary = "One registration with its waiting position (participant, who registered them, trainer, managers)",
        returns = Registration.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        return ok(registrations.registration(CallerPrincipal.of(security), id));
    }

    @POST
    @Path("cancel")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @ApiDoc(summary = "Cancel (the participant, who registered them, their unit manager, security managers); the first "
        + "on the waiting list moves up at once", returns = Registration.class)
    public Response cancel(@PathParam("id") long id, @OptionalBody Reason reason, @Context SecurityContext security) {
        return ok(registrations.cancel(CallerPrincipal.of(security), id, reason == null ? null : reason.reason));
    }

    @POST
    @Path("approve")
    @ApiDoc(summary = "Approve a seat pending approval (the participant's unit manager, security managers)",
        returns = Registration.class)
    public Response approve(@PathParam("id") long id, @Context SecurityContext security) {
        return ok(registrations.approve(CallerPrincipal.of(security), id));
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Reject a seat pending approval with {\"reason\"}; the next on the waiting list moves up",
        returns = Registration.class)
    public Response reject(@PathParam("id") long id, Reason reason, @Context SecurityContext security) {
        return ok(registrations.reject(CallerPrincipal.of(security), id, reason == null ? null : reason.reason));
    }

    @POST
    @Path("attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Record {\"attended\":true|false} (the session's trainer, security managers); an attendance "
        + "makes a training record with its refresher date", returns = Registration.class)
    public Response attendance(@PathParam("id") long id, Attendance attendance, @Context SecurityContext security) {
        if (attendance == null || attendance.attended == null) {
            throw new ValidationException("attended", "is required");
        }
        return ok(registrations.recordAttendance(CallerPrincipal.of(security), id, attendance.attended));
    }

    private static Response ok(Registration r) {
        return Responses.ok(r, r.version);
    }
}
