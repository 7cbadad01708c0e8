package de.koeln.zks.platform.rest.internal.resources;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.platform.api.ZksApi;

/** The platform's own application at /api/platform: health, the caller, users, audit trail, modules. */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=platform"})
@JaxrsApplicationBase("/api/platform")
@JaxrsName(PlatformApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class PlatformApplication extends Application {
    public static final String NAME = "zks.platform.app";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
