package de.koeln.zks.inspections.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureQuery;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.inspections.api.MeasureState;
import de.koeln.zks.inspections.api.Note;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.OptionalBody;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/inspections/measures}: measures by due date; the owner unit's staff report them done. */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class MeasuresResource {
    private final MeasureService measures;

    public MeasuresResource(MeasureService measures) {
        this.measures = measures;
    }

    @GET
    @ApiDoc(summary = "Measures by due date (staff: those their units own); overdue=true: open and due before today; "
        + "dueBefore=2027-03-31: open and due before that date (overdue by then); both: the earlier date wins; "
        + "with either, state is ignored (open only); a dueBefore that is no date (yyyy-mm-dd): 400 naming dueBefore",
        queryParams = {"overdue", "dueBefore", "state", "ownerUnit"})
    public Page<Measure> list(@QueryParam("overdue") String overdue, @QueryParam("dueBefore") String dueBefore,
            @QueryParam("state") String state, @QueryParam("ownerUnit") String ownerUnit, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        MeasureQuery q = new MeasureQuery();
        q.overdue = QueryParams.flag("overdue", overdue);
        q.dueBefore = date("dueBefore", dueBefore);
        q.state = QueryParams.enumValue("state", state, MeasureState.class);
        q.ownerUnit = ownerUnit == null || ownerUnit.isBlank() ? null : ownerUnit.strip();
        Paging paging = Paging.of(offset, limit);
        return measures.list(CallerPrincipal.of(security), q, paging.offset(), paging.limit());
    }

    /** A calendar date (ISO, {@code 2027-03-31}), or null when absent or blank. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "'" + value + "' is not a date (2027-03-31)");
        }
    }

    @POST
    @Path(InspectionsApplication.ID + "/done")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @ApiDoc(summary = "Report a measure done, optionally {\"note\"} (the owner unit's staff, security managers)",
        returns = Measure.class)
    public Response done(@PathParam("id") long id, @OptionalBody Note note, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Measure m = measures.done(CallerPrincipal.of(security), id, note == null ? null : note.note, Versions.parseIfMatch(ifMatch));
        return Responses.ok(m, m.version);
    }
}
