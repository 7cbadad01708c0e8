package de.koeln.zks.platform.rest.internal.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import de.koeln.zks.platform.api.ModuleInfo;
import de.koeln.zks.platform.api.ZksApi;

/**
 * {@code GET /api/platform/modules}: the modules installed right now (each ZKS application with a
 * module name), so that clients show only what is there.
 */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformApplication.SELECT)
@JSONRequired
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {
    private final Map<ServiceReference<Application>, ModuleInfo> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        target = "(" + ZksApi.MODULE_PROPERTY + "=*)", service = Application.class)
    void addModule(ServiceReference<Application> ref) {
        ModuleInfo info = new ModuleInfo();
        info.name = String.valueOf(ref.getProperty(ZksApi.MODULE_PROPERTY));
        info.path = "/" + String.valueOf(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE))
            .replaceAll("^/+", "");
        info.bundle = ref.getBundle() == null ? null : ref.getBundle().getSymbolicName();
        info.version = ref.getBundle() == null ? null : ref.getBundle().getVersion().toString();
        modules.put(ref, info);
    }

    void removeModule(ServiceReference<Application> ref) {
        modules.remove(ref);
    }

    @GET
    @PermitAll
    public List<ModuleInfo> list() {
        return modules.values().stream().sorted(Comparator.comparing(m -> m.name)).toList();
    }
}
