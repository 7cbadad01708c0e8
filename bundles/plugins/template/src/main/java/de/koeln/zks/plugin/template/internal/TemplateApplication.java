package de.koeln.zks.plugin.template.internal;

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
 * The plugin's JAX-RS application at {@code /api/plugins/<plugin>}: {@code zks.api=true} and the extension select give
 * it the platform's authentication, roles, JSON and problem+json errors. Add your resources to the set.
 */
@Component(service = Application.class, property = ZksApi.APPLICATION_PROPERTY + ":Boolean=true")
@JaxrsApplicationBase("/api/plugins/template")
@JaxrsName("zks.plugin.template")
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class TemplateApplication extends Application {
    private final Set<Object> resources;

    @Activate
    public TemplateApplication(@Reference TemplateListener listener) {
        this.resources = Set.of(new TemplateResource(listener));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
