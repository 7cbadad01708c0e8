package de.koeln.zks.platform.rest.internal.ext;

import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.api.security.Authenticator;
import de.koeln.zks.platform.api.security.WebSessions;

/**
 * The platform's one extension, selected by every ZKS application and required by each of them:
 * JSON, problem+json errors, body limit, authentication and roles, security headers.
 */
@Component(service = Feature.class, configurationPid = "de.koeln.zks.platform.rest")
@JaxrsExtension
@JaxrsName(ZksApi.EXTENSION)
@JaxrsApplicationSelect(ZksApi.APPLICATION_SELECT)
@JaxrsMediaType({MediaType.APPLICATION_JSON, ZksApi.PROBLEM_JSON})
@Designate(ocd = RestConfig.class)
public class PlatformRestFeature implements Feature {
    private final Authenticator authenticator;
    private final WebSessions sessions;
    private final RestConfig config;

    @Activate
    public PlatformRestFeature(@Reference Authenticator authenticator, @Reference WebSessions sessions,
            RestConfig config) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.config = config;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new ZksJsonProvider());
        context.register(new ApiExceptionMapper());
        context.register(new WebApplicationExceptionMapper());
        context.register(new ThrowableMapper());
        context.register(new BodyLimit(config.maxBodyBytes()));
        context.register(new AuthenticationFilter(authenticator, sessions));
        context.register(new RolesFilter());
        context.register(new SecurityHeaders());
        return true;
    }
}
