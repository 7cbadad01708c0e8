package de.koeln.zks.alarm.internal.delivery;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.alarm.api.Subscriber;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;
import de.koeln.zks.platform.support.http.ApiServlets;
import de.koeln.zks.platform.support.http.HttpAuthentication;

/**
 * {@code GET /api/alarm/stream}: the responders' Server-Sent Events, written by {@link StreamHub} with Servlet 3.1
 * non-blocking IO (async request, write listener) instead of the JAX-RS runtime's event sink, which started a
 * container task and flushed for every event of every stream. {@code GET /api/alarm/stream/subscribers}: who is
 * connected. Authentication (HTTP Basic or the web page's session cookie), roles and problem+json answers are
 * those of the REST API ({@link ApiServlets}); the OpenAPI document describes both through
 * {@code rest.StreamResource}.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/*",
    "osgi.http.whiteboard.servlet.name=zks-alarm-stream",
    "osgi.http.whiteboard.servlet.asyncSupported=true",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + StreamContext.NAME + ")"})
public class StreamServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String[] STREAM_ROLES = {Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN};
    static final String[] SUBSCRIBERS_ROLES = {Roles.SECURITY_MANAGER, Roles.ADMIN};
    static final String EVENT_STREAM = "text/event-stream";

    private final transient StreamHub hub;
    private final transient HttpAuthentication authentication;

    @Activate
    public StreamServlet(@Reference StreamHub hub, @Reference Authenticator authenticator,
                         @Reference WebSessions sessions, @Reference StreamContext context) {
        this.hub = hub;
        this.authentication = new HttpAuthentication(authenticator, sessions);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean stream = path.isEmpty() || path.equals("/");
        if (!stream && !path.equals("/subscribers")) {
            ApiServlets.sendProblem(request, response, new ApiException(404, "Not Found",
                "No endpoint at " + request.getRequestURI()));
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET");
            ApiServlets.sendProblem(request, response, new ApiException(405, "Method Not Allowed",
                request.getMethod() + " is not allowed here; allowed: GET"));
            return;
        }
        if (stream) {
            stream(request, response);
        } else {
            subscribers(request, response);
        }
    }

    private void stream(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = ApiServlets.requireAnyRole(authentication, request, response, STREAM_ROLES);
        if (caller == null) {
            return;
        }
        Long last;
        try {
            last = lastEventId(request.getHeader("Last-Event-ID"), request.getParameter("lastEventId"));
        } catch (ApiException e) {
            ApiServlets.sendProblem(request, response, e);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        ApiServlets.securityHeaders(response);
        response.setContentType(EVENT_STREAM);
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        ServletOutputStream output = response.getOutputStream();
        Subscription s = hub.subscribe(caller.name(), request.getRemoteAddr() + ":" + request.getRemotePort(),
            AlarmAccess.isManager(caller), new ServletOutput(async, output), last);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                hub.ended(s, null);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                hub.ended(s, event.getThrowable());
            }

            @Override
            public void onError(AsyncEvent event) {
                hub.ended(s, event.getThrowable());
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        try {
            output.setWriteListener(new WriteListener() {
                @Override
                public void onWritePossible() {
                    hub.writePossible(s);
                }

                @Override
                public void onError(Throwable t) {
                    hub.ended(s, t);
                }
            });
        } catch (IllegalStateException e) {
            hub.ended(s, e); // the replay failed and the stream was completed already
        }
    }

    private void subscribers(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiServlets.requireAnyRole(authentication, request, response, SUBSCRIBERS_ROLES) == null) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        ApiServlets.sendJson(response, "application/json", subscribersAnswer(hub.subscribers()));
    }

    /** The answer of {@code /subscribers}: {@code {count, subscribers}}. */
    public static Map<String, Object> subscribersAnswer(List<Subscriber> list) {
        Map<String, Object> answer = new LinkedHashMap<>();
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
            return eventId(header, "Last-Event-ID");
        }
        if (query != null && !query.isBlank()) {
            return eventId(query, "lastEventId");
        }
        return null;
    }

    private static long eventId(String value, String field) {
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ValidationException(field, "must be the id of an event this stream sent (a whole number)");
    }

    /** The response of one stream as {@link Subscription} writes it. */
    static final class ServletOutput implements Subscription.Output {
        private final AsyncContext async;
        private final ServletOutputStream output;

        ServletOutput(AsyncContext async, ServletOutputStream output) {
            this.async = async;
            this.output = output;
        }

        @Override
        public boolean isReady() {
            return output.isReady();
        }

        @Override
        public void write(byte[] frame) throws IOException {
            output.write(frame);
        }

        @Override
        public void flush() throws IOException {
            output.flush();
        }

        @Override
        public void close() {
            try {
                async.complete();
            } catch (IllegalStateException e) {
                // completed already
            }
        }
    }
}
