package de.koeln.zks.incidents.internal.rest;

import java.net.URI;
import java.util.List;

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
import javax.ws.rs.core.UriInfo;


import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code /api/incidents/{id}/comments}: internal notes of security management on an incident. */
@Path(IncidentsApplication.ID + "/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class CommentsResource {
    private final IncidentService incidents;

    public CommentsResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @ApiDoc(summary = "Comments of security management on an incident")
    public List<Comment> list(@PathParam("id") long id, @Context SecurityContext security) {
        return incidents.comments(CallerPrincipal.of(security), id);
    }

    /** 201; comments have no address of their own, so {@code Location} is the list they were added to. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Add a comment", returns = Comment.class, status = 201)
    public Response add(@PathParam("id") long id, Comment comment, @Context UriInfo uri, @Context SecurityContext security) {
        Comment created = incidents.addComment(CallerPrincipal.of(security), id, comment);
        URI list = uri.getAbsolutePath();
        return Response.created(list).entity(created).build();
    }
}
