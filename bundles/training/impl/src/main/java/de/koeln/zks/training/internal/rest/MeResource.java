package de.koeln.zks.training.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationService;
import de.koeln.zks.training.api.TrainingCatalog;
import de.koeln.zks.training.api.TrainingRecord;
import de.koeln.zks.training.api.TrainingRecords;
import de.koeln.zks.training.internal.calendar.CalendarEntries;

/** {@code /api/training/me}: the caller's own registrations, records and calendar. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class MeResource {
    private final TrainingCatalog catalog;
    private final RegistrationService registrations;
    private final TrainingRecords records;

    public MeResource(TrainingCatalog catalog, RegistrationService registrations, TrainingRecords records) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.records = records;
    }

    @GET
    @Path("registrations")
    @ApiDoc(summary = "The caller's registrations by session start, with waiting positions")
    public List<Registration> registrations(@Context SecurityContext security) {
        return registrations.mine(CallerPrincipal.of(security));
    }

    @GET
    @Path("records")
    @ApiDoc(summary = "The caller's training records with refresher dates")
    public List<TrainingRecord> records(@Context SecurityContext security) {
        return records.records(CallerPrincipal.of(security), null);
    }

    @GET
    @Path("calendar")
    @Produces(TrainingApplication.CALENDAR)
    @ApiDoc(summary = "The caller's registered sessions as iCalendar (text/calendar); cancelled ones as cancelled events",
        returns = String.class)
    public Response calendar(@Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        List<Registration> mine = CalendarEntries.onePerSession(registrations.mine(caller));
        return Response.ok(CalendarEntries.render("Meine Schulungen",
                mine.stream().map(r -> CalendarEntries.of(r, catalog.session(caller, r.session))).toList(),
                CalendarEntries.CLOCK), TrainingApplication.CALENDAR)
            .header("Content-Disposition", "attachment; filename=\"schulungen.ics\"").build();
    }
}
