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

import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.inspections.api.TemplateService;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/inspections/templates}: checklist templates and their versions. */
@Path("templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class TemplatesResource {
    private final TemplateService templates;

    public TemplatesResource(TemplateService templates) {
        this.templates = templates;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The latest version of each template (all=true: every version)", queryParams = "all")
    public List<Template> list(@QueryParam("all") String all, @Context SecurityContext security) {
        return templates.list(CallerPrincipal.of(security), QueryParams.flag("all", all));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "A new template (version 1)", returns = Template.class, status = 201)
    public Response create(Template template, @Context UriInfo uri, @Context SecurityContext security) {
        Template created = templates.create(CallerPrincipal.of(security), template);
        return Responses.created(uri, created.id, created, created.revision);
    }

    @GET
    @Path(InspectionsApplication.ID)
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One template version", returns = Template.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Template t = templates.get(CallerPrincipal.of(security), id);
        return Responses.ok(t, t.revision);
    }

    @PUT
    @Path(InspectionsApplication.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Change the latest version: in place while unused (200), else as the next version (201 with its "
        + "Location); old inspections keep theirs", returns = Template.class)
    public Response change(@PathParam("id") long id, Template template, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context UriInfo uri, @Context SecurityContext security) {
        Template changed = templates.change(CallerPrincipal.of(security), id, template, Versions.parseIfMatch(ifMatch));
        if (changed.id == id) {
            return Responses.ok(changed, changed.revision);
        }
        return Response.created(uri.getBaseUriBuilder().path("templates").path(String.valueOf(changed.id)).build())
            .tag(Versions.etag(changed.revision)).entity(changed).build();
    }
}
