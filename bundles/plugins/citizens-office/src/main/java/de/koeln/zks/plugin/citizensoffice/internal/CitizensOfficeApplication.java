package de.koeln.zks.plugin.citizensoffice.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.platform.api.ZksApi;

/**
 * The plugin's own JAX-RS application at {@code /api/plugins/citizens-office}. {@code zks.api=true} lets the platform's
 * extension (authentication, roles, JSON, problem+json errors) select it, and the extension select makes sure it is
 * never served without that extension. It brings its resource itself, so it is deployed in one step.
 */
@Component(service = Application.class, property = ZksApi.APPLICATION_PROPERTY + ":Boolean=true")
@JaxrsApplicationBase("/api/plugins/citizens-office")
@JaxrsName("zks.plugin.citizens-office")
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class CitizensOfficeApplication extends Application {
    private final Set<Object> resources;

    @Activate
    public CitizensOfficeApplication(@Reference CounterBook book) {
        this.resources = Set.of(new CountersResource(book));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
