package de.koeln.zks.alarm.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Providers;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.internal.delivery.StreamHub;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code /api/alarm/stream}: the responders' Server-Sent Events, and who is connected. */
@Path("/stream")
@RolesAllowed({Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
public class StreamResource {
    private static final java.lang.annotation.Annotation[] NONE = new java.lang.annotation.Annotation[0];

    private final StreamHub hub;

    public StreamResource(StreamHub hub) {
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ApiDoc(summary = "Server-Sent Events of the alarms for your groups (admins and security managers: all; employees: "
        + "their own alarms). Event name = type, id = event id, data = AlarmEvent JSON; Last-Event-ID replays what you missed "
        + "(as the header, or as the query parameter lastEventId for a client that opens a new EventSource; the header wins)")
    public void stream(@HeaderParam("Last-Event-ID") String lastEventId, @QueryParam("lastEventId") String lastEventIdQuery,
                       @Context SseEventSink sink, @Context Sse sse,
                       @Context Providers providers, @Context SecurityContext security,
                       @Context HttpServletRequest request) {
        Caller caller = CallerPrincipal.of(security);
        Long last = lastEventId(lastEventId, lastEventIdQuery);
        MessageBodyWriter<AlarmEvent> json = providers.getMessageBodyWriter(AlarmEvent.class, AlarmEvent.class, NONE,
            MediaType.APPLICATION_JSON_TYPE);
        hub.subscribe(caller.name(), request.getRemoteAddr() + ":" + request.getRemotePort(), AlarmAccess.isManager(caller),
            sink, sse, json, last);
    }

    @GET
    @Path("subscribers")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "The open streams: count and who (user, source, since, delivered, pending)")
    public Map<String, Object> subscribers() {
        Map<String, Object> answer = new LinkedHashMap<>();
        var list = hub.subscribers();
        answer.put("count", list.size());
        answer.put("subscribers", list);
        return answer;
    }

    /**
     * The event after which to replay: the {@code Last-Event-ID} header a browser's EventSource sends when it
     * reconnects by itself, else the {@code lastEventId} query parameter (a page that opens a new EventSource
     * after a network loss cannot set the header). The header wins when both are given.
     */
    static Long lastEventId(String header, String query) {
        if (header != null && !header.isBlank()) {
            return parseLastEventId(header);
        }
        if (query == null || query.isBlank()) {
            return null;
        }
        try {
            return parseLastEventId(query);
        } catch (ValidationException e) {
            throw new ValidationException("lastEventId", "must be the id of an event this stream sent (a whole number)");
        }
    }

    static Long parseLastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(header.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new ValidationException("Last-Event-ID",
                "must be the id of an event this stream sent (a whole number)");
        }
    }
}
