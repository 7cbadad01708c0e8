package de.koeln.zks.inspections.internal.rest;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import de.koeln.zks.inspections.api.Statement;
import de.koeln.zks.inspections.api.StatementFile;
import de.koeln.zks.inspections.api.StatementKind;
import de.koeln.zks.inspections.api.StatementQuery;
import de.koeln.zks.inspections.api.StatementRevision;
import de.koeln.zks.inspections.api.StatementService;
import de.koeln.zks.inspections.api.StatementState;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/**
 * {@code /api/inspections/statements}: written statements, drafted and edited by security managers, released by a
 * second one, then readable as PDF by the unit they concern.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class StatementsResource {
    private static final String PDF = "application/pdf";

    private final StatementService statements;

    public StatementsResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Statements, newest first (staff: the released ones on their units)",
        queryParams = {"state", "kind", "unit", "inspection"})
    public Page<Statement> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("unit") String unit, @QueryParam("inspection") String inspection, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        StatementQuery q = new StatementQuery();
        q.state = QueryParams.enumValue("state", state, StatementState.class);
        q.kind = QueryParams.enumValue("kind", kind, StatementKind.class);
        q.unit = unit == null || unit.isBlank() ? null : unit.strip();
        q.inspection = QueryParams.id("inspection", inspection);
        Paging paging = Paging.of(offset, limit);
        return statements.list(CallerPrincipal.of(security), q, paging.offset(), paging.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Draft a statement {\"subject\",\"text\",\"kind\",\"inspection\",\"unit\",\"location\",\"reference\"}; "
        + "on an inspection the text may be left out and is drafted from its findings", returns = Statement.class, status = 201)
    public Response draft(Statement statement, @Context UriInfo uri, @Context SecurityContext security) {
        Statement s = statements.draft(CallerPrincipal.of(security), statement);
        return Responses.created(uri, s.id, s, s.version);
    }

    @GET
    @Path(InspectionsApplication.ID)
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One statement with the findings it takes up", returns = Statement.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Statement s = statements.get(CallerPrincipal.of(security), id);
        return Responses.ok(s, s.version);
    }

    @PUT
    @Path(InspectionsApplication.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Save a draft {\"subject\",\"text\",...} as its next revision; 409 once released", returns = Statement.class)
    public Response edit(@PathParam("id") long id, Statement statement, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Statement s = statements.edit(CallerPrincipal.of(security), id, statement, Versions.parseIfMatch(ifMatch));
        return Responses.ok(s, s.version);
    }

    @GET
    @Path(InspectionsApplication.ID + "/revisions")
    @ApiDoc(summary = "Every revision of a statement's subject and text, oldest first", returns = StatementRevision.class)
    public List<StatementRevision> revisions(@PathParam("id") long id, @Context SecurityContext security) {
        return statements.revisions(CallerPrincipal.of(security), id);
    }

    @POST
    @Path(InspectionsApplication.ID + "/release")
    @ApiDoc(summary = "Release a draft (a security manager who neither wrote nor edited it); renders and keeps its PDF",
        returns = Statement.class)
    public Response release(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Statement s = statements.release(CallerPrincipal.of(security), id, Versions.parseIfMatch(ifMatch));
        return Responses.ok(s, s.version);
    }

    @GET
    @Path(InspectionsApplication.ID + "/pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The released statement as PDF, as rendered at its release; a draft has none (409)", returns = String.class)
    public Response pdf(@PathParam("id") long id, @Context SecurityContext security) {
        StatementFile file = statements.pdf(CallerPrincipal.of(security), id);
        return Response.ok(file.pdf(), PDF)
            .header("Content-Disposition", ContentDisposition.inline(file.fileName()))
            .header("X-Content-Type-Options", "nosniff").build();
    }
}
