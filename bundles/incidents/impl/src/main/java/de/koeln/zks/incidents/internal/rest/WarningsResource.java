package de.koeln.zks.incidents.internal.rest;

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
import javax.ws.rs.core.UriInfo;

import de.koeln.zks.incidents.api.CheckPurpose;
import de.koeln.zks.incidents.api.CheckQuery;
import de.koeln.zks.incidents.api.CheckStatistics;
import de.koeln.zks.incidents.api.Reason;
import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningCheck;
import de.koeln.zks.incidents.api.WarningCheckRecord;
import de.koeln.zks.incidents.api.WarningCheckResult;
import de.koeln.zks.incidents.api.WarningQuery;
import de.koeln.zks.incidents.api.WarningReview;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.incidents.api.WarningStatus;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/**
 * {@code /api/incidents/warnings}: the warning register for security managers and admins, and the pre-contact
 * {@code check} for staff, which answers only yes/no, the level and the advice.
 */
@Path("warnings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class WarningsResource {
    private final WarningService warnings;

    public WarningsResource(WarningService warnings) {
        this.warnings = warnings;
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EMPLOYEE, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Pre-contact check: is there a warning for this person? (name, birthDate and/or fileReference, "
        + "purpose); answers only warning, level, advice and fuzzy", returns = WarningCheckResult.class)
    public WarningCheckResult check(WarningCheck check, @Context SecurityContext security) {
        return warnings.check(CallerPrincipal.of(security), check);
    }

    @GET
    @ApiDoc(summary = "Warning entries, newest first; status=PROPOSED|ACTIVE|..., reviewDue=true for the reviews due",
        queryParams = {"status", "reviewDue"})
    public Page<Warning> list(@QueryParam("status") String status, @QueryParam("reviewDue") String reviewDue,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        WarningQuery query = new WarningQuery();
        query.status = QueryParams.enumValue("status", status, WarningStatus.class);
        query.reviewDue = QueryParams.flag("reviewDue", reviewDue);
        Paging paging = Paging.of(offset, limit);
        return warnings.list(CallerPrincipal.of(security), query, paging.offset(), paging.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Propose a warning entry; a second security manager approves it", returns = Warning.class, status = 201)
    public Response propose(Warning warning, @Context UriInfo uri, @Context SecurityContext security) {
        Warning created = warnings.propose(CallerPrincipal.of(security), warning);
        return Responses.created(uri, created.id, created, created.version);
    }

    @GET
    @Path(IncidentsApplication.ID)
    @ApiDoc(summary = "One warning entry (the read is audited)", returns = Warning.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Warning warning = warnings.get(CallerPrincipal.of(security), id);
        return Responses.ok(warning, warning.version);
    }

    @POST
    @Path(IncidentsApplication.ID + "/approve")
    @ApiDoc(summary = "Approve a proposal (never the proposer's own); it becomes ACTIVE", returns = Warning.class)
    public Response approve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Warning warning = warnings.approve(CallerPrincipal.of(security), id, Versions.parseIfMatch(ifMatch));
        return Responses.ok(warning, warning.version);
    }

    @POST
    @Path(IncidentsApplication.ID + "/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Reject a proposal with {\"reason\"} (never the proposer's own)", returns = Warning.class)
    public Response reject(@PathParam("id") long id, Reason reason, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Warning warning = warnings.reject(CallerPrincipal.of(security), id, reason == null ? null : reason.reason,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(warning, warning.version);
    }

    @POST
    @Path(IncidentsApplication.ID + "/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "End a proposal or an active entry now, with {\"reason\"}", returns = Warning.class)
    public Response withdraw(@PathParam("id") long id, Reason reason, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Warning warning = warnings.withdraw(CallerPrincipal.of(security), id, reason == null ? null : reason.reason,
            Versions.parseIfMatch(ifMatch));
        return Responses.ok(warning, warning.version);
    }

    @POST
    @Path(IncidentsApplication.ID + "/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Record the review of an active entry: {\"reviewOn\"} and optionally an earlier {\"expiresOn\"}",
        returns = Warning.class)
    public Response review(@PathParam("id") long id, WarningReview review, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Warning warning = warnings.review(CallerPrincipal.of(security), id, review, Versions.parseIfMatch(ifMatch));
        return Responses.ok(warning, warning.version);
    }

    @GET
    @Path("checks")
    @ApiDoc(summary = "The audited pre-contact checks, newest first: who checked whom, why, when, and the answer",
        queryParams = {"from", "to", "checkedBy", "purpose", "warning"})
    public Page<WarningCheckRecord> checks(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("checkedBy") String checkedBy, @QueryParam("purpose") String purpose,
            @QueryParam("warning") String warning, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        Paging paging = Paging.of(offset, limit);
        return warnings.checks(CallerPrincipal.of(security), checkQuery(from, to, checkedBy, purpose, warning),
            paging.offset(), paging.limit());
    }

    @GET
    @Path("checks/statistics")
    @ApiDoc(summary = "Counts of pre-contact checks: total, with a warning, fuzzy, per purpose, checkers",
        returns = CheckStatistics.class, queryParams = {"from", "to", "checkedBy", "purpose"})
    public CheckStatistics statistics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("checkedBy") String checkedBy, @QueryParam("purpose") String purpose,
            @Context SecurityContext security) {
        return warnings.checkStatistics(CallerPrincipal.of(security), checkQuery(from, to, checkedBy, purpose, null));
    }

    private static CheckQuery checkQuery(String from, String to, String checkedBy, String purpose, String warning) {
        CheckQuery q = new CheckQuery();
        q.from = QueryParams.periodStart("from", from);
        q.to = QueryParams.periodEnd("to", to);
        q.checkedBy = checkedBy == null || checkedBy.isBlank() ? null : checkedBy.strip();
        q.purpose = QueryParams.enumValue("purpose", purpose, CheckPurpose.class);
        q.warning = QueryParams.id("warning", warning);
        return q;
    }
}
