package de.koeln.zks.alarm.internal.delivery;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;

/**
 * The servlet context of the responders' stream at {@code /api/alarm/stream}: its path is longer than the alarm
 * application's {@code /api/alarm}, so the stream and everything under it ({@code /subscribers}) is served by
 * {@link StreamServlet}, not by the JAX-RS runtime (as the platform does for {@code /api/docs}).
 */
@Component(service = {ServletContextHelper.class, StreamContext.class}, property = {
    "osgi.http.whiteboard.context.name=" + StreamContext.NAME,
    "osgi.http.whiteboard.context.path=" + StreamContext.PATH})
public class StreamContext extends ServletContextHelper {
    static final String NAME = "zks-alarm-stream";
    static final String PATH = "/api/alarm/stream";

    @Activate
    public StreamContext(BundleContext context) {
        super(context.getBundle());
    }
}
