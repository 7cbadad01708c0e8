package de.koeln.zks.incidents.internal.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.platform.api.ZksApi;

/** The incidents module's application at /api/incidents. */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=incidents"})
@JaxrsApplicationBase("/api/incidents")
@JaxrsName(IncidentsApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class IncidentsApplication extends Application {
    public static final String NAME = "zks.incidents.app";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** A numeric id in a path template; literal paths beside it (statistics, notices, current) never match it. */
    public static final String ID = "{id: [0-9]+}";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
}
