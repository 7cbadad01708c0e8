package de.koeln.zks.platform.web.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;

/** The servlet context of the API reference at {@code /api/docs}. */
@Component(service = {ServletContextHelper.class, ApiDocsContext.class}, property = {
    "osgi.http.whiteboard.context.name=" + ApiDocsContext.NAME,
    "osgi.http.whiteboard.context.path=/api/docs"})
public class ApiDocsContext extends ServletContextHelper {
    static final String NAME = "zks-api-docs";

    private final String swaggerUiVersion;

    @Activate
    public ApiDocsContext(BundleContext context) {
        super(context.getBundle());
        this.swaggerUiVersion = Libraries.of(context.getBundle()).getProperty("swagger-ui");
    }

    String swaggerUiVersion() {
        return swaggerUiVersion;
    }
}
