package de.koeln.zks.platform.rest.internal.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.rest.internal.openapi.OpenApiBuilder;
import de.koeln.zks.platform.rest.internal.openapi.OpenApiBuilder.Mounted;
import de.koeln.zks.platform.spi.DeclaredField;
import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFields;
import de.koeln.zks.platform.support.rest.ApiDoc;

/**
 * {@code GET /api/openapi.json}: one OpenAPI document for every endpoint of every module installed
 * right now, read from the registered resources' annotations at the time of the request.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RootApplication.SELECT)
@JSONRequired
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExtraFields extraFields;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @PermitAll
    @ApiDoc(summary = "This OpenAPI document")
    public Map<String, Object> openApi() throws InvalidSyntaxException {
        ExtraFields fields = extraFields;
        return OpenApiBuilder.build(mounted(), context.getBundle().getVersion().toString(),
            fields == null ? null : module -> extraSchema(fields.fieldsOf(module)));
    }

    /** The {@code extra} object of a module's records: one property per declared field, typed, with label and plugin. */
    static Map<String, Object> extraSchema(List<DeclaredField> declared) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (DeclaredField d : declared) {
            ExtraField f = d.field;
            Map<String, Object> p = new LinkedHashMap<>();
            switch (f.type) {
                case NUMBER -> p.put("type", "number");
                case BOOLEAN -> p.put("type", "boolean");
                case DATE -> {
                    p.put("type", "string");
                    p.put("format", "date");
                }
                case CHOICE -> {
                    p.put("type", "string");
                    p.put("enum", f.allowedValues);
                }
                default -> {
                    p.put("type", "string");
                    if (f.maxLength != null) {
                        p.put("maxLength", f.maxLength);
                    }
                }
            }
            p.put("title", f.label);
            p.put("description", (f.required ? "Required" : "Optional") + " for " + (d.units.isEmpty() ? "every unit"
                : "the units " + String.join(", ", d.units)) + "; declared by the plugin " + d.plugin + ".");
            properties.put(f.name, p);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "Extra fields that installed plugins declare; values of fields whose plugin is gone are kept.");
        schema.put("properties", properties);
        return schema;
    }

    private List<Mounted> mounted() throws InvalidSyntaxException {
        List<Mounted> result = new ArrayList<>();
        var apps = context.getServiceReferences(Application.class, ZksApi.APPLICATION_SELECT);
        for (ServiceReference<Application> app : apps) {
            addOwnResources(app, result);
        }
        ServiceReference<?>[] resources = context.getServiceReferences((String) null,
            "(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)");
        if (resources == null) {
            return result;
        }
        for (ServiceReference<?> resource : resources) {
            Object select = resource.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT);
            if (!(select instanceof String filterText)) {
                continue;
            }
            Filter filter = FrameworkUtil.createFilter(filterText);
            Class<?> type = null;
            for (ServiceReference<Application> app : apps) {
                if (!filter.match(app)) {
                    continue;
                }
                if (type == null) {
                    type = classOf(resource);
                    if (type == null) {
                        break;
                    }
                }
                String base = String.valueOf(app.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE));
                result.add(new Mounted(tag(app.getProperty(ZksApi.MODULE_PROPERTY), base), base, type));
            }
        }
        return result;
    }

    /** The tag of an application's operations: its module, a plugin's name for /api/plugins/<name>, else "api". */
    static String tag(Object module, String base) {
        if (module != null) {
            return module.toString();
        }
        String path = base.replaceAll("^/+", "");
        return path.startsWith("api/plugins/") ? "plugin " + path.substring("api/plugins/".length()).split("/")[0] : "api";
    }

    /** Resources an application brings itself ({@code getSingletons()}, {@code getClasses()}). */
    private void addOwnResources(ServiceReference<Application> ref, List<Mounted> result) {
        Application app = context.getService(ref);
        if (app == null) {
            return;
        }
        try {
            String base = String.valueOf(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE));
            String module = tag(ref.getProperty(ZksApi.MODULE_PROPERTY), base);
            for (Object singleton : app.getSingletons()) {
                result.add(new Mounted(module, base, singleton.getClass()));
            }
            for (Class<?> type : app.getClasses()) {
                result.add(new Mounted(module, base, type));
            }
        } finally {
            context.ungetService(ref);
        }
    }

    private Class<?> classOf(ServiceReference<?> resource) {
        Object component = resource.getProperty("component.name");
        if (component instanceof String name && resource.getBundle() != null) {
            try {
                return resource.getBundle().loadClass(name);
            } catch (ClassNotFoundException e) {
                LOG.debug("cannot load {} for the OpenAPI document", name, e);
            }
        }
        Object service = context.getService(resource);
        try {
            return service == null ? null : service.getClass();
        } finally {
            context.ungetService(resource);
        }
    }
}
