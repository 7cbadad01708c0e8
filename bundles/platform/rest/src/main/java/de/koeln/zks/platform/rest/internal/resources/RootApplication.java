package de.koeln.zks.platform.rest.internal.resources;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.platform.api.ZksApi;

/**
 * The application at /api itself: the index and the OpenAPI document, and the problem+json 404 for
 * paths of modules that are not installed.
 */
@Component(service = Application.class, property = {ZksApi.APPLICATION_PROPERTY + ":Boolean=true"})
@JaxrsApplicationBase("/api")
@JaxrsName(RootApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class RootApplication extends Application {
    public static final String NAME = "zks.root.app";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
