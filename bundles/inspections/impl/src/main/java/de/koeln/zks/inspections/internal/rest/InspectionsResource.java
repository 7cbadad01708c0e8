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

import de.koeln.zks.inspections.api.Answer;
import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionQuery;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.inspections.api.Photo;
import de.koeln.zks.inspections.api.PhotoContent;
import de.koeln.zks.inspections.api.Schedule;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.platform.support.rest.Responses;

/** {@code /api/inspections/inspections}: planned, performed and completed inspections with answers and findings. */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class InspectionsResource {
    private final InspectionService inspections;

    public InspectionsResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Inspections by date (staff: their units'); overdue=true: planned ones whose date has passed",
        queryParams = {"state", "unit", "overdue", "building"})
    public Page<Inspection> list(@QueryParam("state") String state, @QueryParam("unit") String unit,
            @QueryParam("overdue") String overdue, @QueryParam("building") String building,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        InspectionQuery q = new InspectionQuery();
        q.state = QueryParams.enumValue("state", state, InspectionState.class);
        q.unit = unit == null || unit.isBlank() ? null : unit.strip();
        q.overdue = QueryParams.flag("overdue", overdue);
        q.building = building == null || building.isBlank() ? null : building.strip();
        Paging paging = Paging.of(offset, limit);
        return inspections.list(CallerPrincipal.of(security), q, paging.offset(), paging.limit());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Plan an inspection of a unit at a location with a template version", returns = Inspection.class, status = 201)
    public Response plan(Inspection inspection, @Context UriInfo uri, @Context SecurityContext security) {
        Inspection planned = inspections.plan(CallerPrincipal.of(security), inspection);
        return Responses.created(uri, planned.id, planned, planned.version);
    }

    @GET
    @Path(InspectionsApplication.ID)
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One inspection with its state, answers and findings", returns = Inspection.class)
    public Response get(@PathParam("id") long id, @Context SecurityContext security) {
        Inspection i = inspections.get(CallerPrincipal.of(security), id);
        return Responses.ok(i, i.version);
    }

    @PUT
    @Path(InspectionsApplication.ID + "/answers/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Answer an item {\"result\":\"OK|DEFICIENT|NOT_APPLICABLE\",\"note\"}; the first answer starts the inspection",
        returns = Inspection.class)
    public Response answer(@PathParam("id") long id, @PathParam("key") String key, Answer answer,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        Inspection i = inspections.answer(CallerPrincipal.of(security), id, key, answer, Versions.parseIfMatch(ifMatch));
        return Responses.ok(i, i.version);
    }

    @POST
    @Path(InspectionsApplication.ID + "/complete")
    @ApiDoc(summary = "Complete: every deficient item becomes a finding with its risk rating", returns = Inspection.class)
    public Response complete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Inspection i = inspections.complete(CallerPrincipal.of(security), id, Versions.parseIfMatch(ifMatch));
        return Responses.ok(i, i.version);
    }

    @POST
    @Path(InspectionsApplication.ID + "/reinspect")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiDoc(summary = "Plan a re-inspection of a completed inspection {\"scheduledFor\"}", returns = Inspection.class, status = 201)
    public Response reinspect(@PathParam("id") long id, Schedule schedule, @Context UriInfo uri,
            @Context SecurityContext security) {
        Inspection planned = inspections.reinspect(CallerPrincipal.of(security), id, schedule == null ? null : schedule.scheduledFor);
        return Response.created(uri.getBaseUriBuilder().path("inspections").path(String.valueOf(planned.id)).build())
            .tag(Versions.etag(planned.version)).entity(planned).build();
    }

    @GET
    @Path(InspectionsApplication.ID + "/findings")
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The findings of an inspection with their measure counts")
    public List<Finding> findings(@PathParam("id") long id, @Context SecurityContext security) {
        return inspections.findings(CallerPrincipal.of(security), id);
    }

    @POST
    @Path(InspectionsApplication.ID + "/answers/{key}/photos")
    @Consumes(MediaType.WILDCARD)
    @ApiDoc(summary = "Add a photo (JPEG, PNG, HEIC) or PDF to an item: the raw file as body, its name in ?fileName=; "
        + "the type is taken from the content; at most 5 MB", returns = Photo.class, status = 201)
    public Response addPhoto(@PathParam("id") long id, @PathParam("key") String key, @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content, @Context UriInfo uri,
            @Context SecurityContext security) {
        Photo photo = inspections.addPhoto(CallerPrincipal.of(security), id, key, fileName, contentType, content);
        return Response.created(uri.getBaseUriBuilder().path("inspections").path(String.valueOf(id)).path("photos")
            .path(String.valueOf(photo.id)).build()).entity(photo).build();
    }

    @GET
    @Path(InspectionsApplication.ID + "/photos")
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The photos of an inspection (names, types, sizes)")
    public List<Photo> photos(@PathParam("id") long id, @Context SecurityContext security) {
        return inspections.photos(CallerPrincipal.of(security), id);
    }

    @GET
    @Path(InspectionsApplication.ID + "/photos/{photoId: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "One photo's content, always as a download", returns = String.class)
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId, @Context SecurityContext security) {
        PhotoContent p = inspections.photo(CallerPrincipal.of(security), id, photoId);
        return Response.ok(p.content(), p.photo().contentType)
            .header("Content-Disposition", ContentDisposition.attachment(p.photo().fileName))
            .header("X-Content-Type-Options", "nosniff").build();
    }
}
