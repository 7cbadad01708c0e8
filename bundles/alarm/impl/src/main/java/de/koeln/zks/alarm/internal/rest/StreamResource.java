package de.koeln.zks.alarm.internal.rest;

import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import de.koeln.zks.alarm.internal.delivery.StreamHub;
import de.koeln.zks.alarm.internal.delivery.StreamServlet;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.support.rest.ApiDoc;

/**
 * {@code /api/alarm/stream}: the responders' Server-Sent Events, and who is connected — as the OpenAPI document
 * describes them. Requests never reach these methods: the servlet context {@code /api/alarm/stream} is longer
 * than the application's, so {@link StreamServlet} serves both paths (same parameters, roles and answers). The
 * class stays in the application so that {@code /api/openapi.json} keeps documenting the stream.
 */
@Path("/stream")
@RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class StreamResource {
    private final StreamHub hub;

    public StreamResource(StreamHub hub) {
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ApiDoc(summary = "Server-Sent Events of the alarms for your groups (admins and security managers: all; employees: "
        + "their own alarms). Event name = type, id = event id, data = AlarmEvent JSON; Last-Event-ID replays what you missed "
        + "(as the header, or as the query parameter lastEventId for a client that opens a new EventSource; the header wins)")
    public void stream(@HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("lastEventId") String lastEventIdQuery) {
        throw new ApiException(503, "Service Unavailable",
            "The stream is served by the alarm module's servlet at /api/alarm/stream, which is not registered");
    }

    @GET
    @Path("subscribers")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The open streams: count and who (user, source, since, delivered, pending)")
    public Map<String, Object> subscribers() {
        return StreamServlet.subscribersAnswer(hub.subscribers());
    }
}
