package de.koeln.zks.platform.rest.internal.resources;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.ModuleDirectory;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;

/**
 * The platform's own application at /api/platform: health, the caller, sessions, users, audit trail, modules.
 * It brings these resources itself ({@link #getSingletons()}), as the modules do, so the whiteboard deploys it in
 * one step once the platform's core (users, audit) is up. Registered one by one, the resources arrived as their
 * services did, the application was rebuilt with each, and a request in between got 404 (seen at boot). Other
 * bundles may still add resources with {@link #SELECT} (the plugins list does).
 */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=platform"})
@JaxrsApplicationBase("/api/platform")
@JaxrsName(PlatformApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class PlatformApplication extends Application {
    public static final String NAME = "zks.platform.app";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    private final Set<Object> resources;

    @Activate
    public PlatformApplication(@Reference UserDirectory users, @Reference AuditService audit,
            @Reference ModuleDirectory modules, @Reference Authenticator authenticator,
            @Reference WebSessions sessions) {
        this.resources = Set.of(
            new HealthResource(),
            new MeResource(users),
            new UsersResource(users),
            new SessionResource(authenticator, sessions, users),
            new AuditResource(audit),
            new ModulesResource(modules));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
