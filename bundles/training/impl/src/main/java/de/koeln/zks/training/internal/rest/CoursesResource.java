package de.koeln.zks.training.internal.rest;

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

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;
import de.koeln.zks.training.api.Course;
import de.koeln.zks.training.api.TrainingCatalog;

/** {@code /api/training/courses}: the catalogue; security managers keep it, all staff read it. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class CoursesResource {
    private final TrainingCatalog catalog;

    public CoursesResource(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The course catalogue (all=true: also inactive courses)", queryParams = "all")
    public List<Course> list(@QueryParam("all") String all, @Context SecurityContext security) {
        return catalog.courses(CallerPrincipal.of(security), QueryParams.flag("all", all));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Add a course", returns = Course.class, status = 201)
    public Response create(Course course, @Context UriInfo uri, @Context SecurityContext security) {
        Course created = catalog.createCourse(CallerPrincipal.of(security), course);
        return Responses.created(uri, created.id, created, created.version);
    }

    @GET
    @Path(TrainingApplication.ID)
    @RolesAllowed({Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One course", returns = Course.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Course course = catalog.course(CallerPrincipal.of(security), id);
        return Responses.ok(course, course.version);
    }

    @PUT
    @Path(TrainingApplication.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Change a course (If-Match)", returns = Course.class)
    public Response update(@PathParam("id") long id, Course course, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Course updated = catalog.updateCourse(CallerPrincipal.of(security), id, course, Versions.parseIfMatch(ifMatch));
        return Responses.ok(updated, updated.version);
    }
}
