package de.koeln.zks.platform.rest.internal.resources;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.core.Application;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

import de.koeln.zks.platform.api.ModuleDirectory;
import de.koeln.zks.platform.api.ModuleInfo;
import de.koeln.zks.platform.api.ZksApi;

/**
 * The modules installed right now: each ZKS application with a module name, its serving bundle and version, the
 * version of the module API package it is wired to, and whether the JAX-RS whiteboard serves it.
 */
@Component(service = ModuleDirectory.class)
public class ModuleTracker implements ModuleDirectory {
    private final Map<ServiceReference<Application>, Boolean> applications = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile JaxrsServiceRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        target = "(" + ZksApi.MODULE_PROPERTY + "=*)", service = Application.class)
    void addModule(ServiceReference<Application> ref) {
        applications.put(ref, Boolean.TRUE);
    }

    void removeModule(ServiceReference<Application> ref) {
        applications.remove(ref);
    }

    @Override
    public List<ModuleInfo> modules() {
        RuntimeDTO dto = runtimeDto();
        return applications.keySet().stream().map(ref -> info(ref, dto))
            .sorted(Comparator.comparing((ModuleInfo m) -> m.name)).toList();
    }

    private RuntimeDTO runtimeDto() {
        JaxrsServiceRuntime r = runtime;
        try {
            return r == null ? null : r.getRuntimeDTO();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static ModuleInfo info(ServiceReference<Application> ref, RuntimeDTO dto) {
        ModuleInfo info = new ModuleInfo();
        info.name = String.valueOf(ref.getProperty(ZksApi.MODULE_PROPERTY));
        info.path = "/" + String.valueOf(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE)).replaceAll("^/+", "");
        Bundle bundle = ref.getBundle();
        if (bundle != null) {
            info.bundle = bundle.getSymbolicName();
            info.version = bundle.getVersion().toString();
            info.apiVersion = apiVersion(bundle, info.name);
        }
        state(info, ref, dto);
        return info;
    }

    /** The version of the package {@code de.koeln.zks.<module>.api} the bundle is wired to. */
    static String apiVersion(Bundle bundle, String module) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        String api = "de.koeln.zks." + module + ".api";
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            Map<String, Object> attributes = wire.getCapability().getAttributes();
            if (api.equals(attributes.get(PackageNamespace.PACKAGE_NAMESPACE))) {
                Object version = attributes.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
                return version == null ? null : version.toString();
            }
        }
        return null;
    }

    private static void state(ModuleInfo info, ServiceReference<Application> ref, RuntimeDTO dto) {
        if (dto == null) {
            info.state = "UNKNOWN";
            return;
        }
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        for (ApplicationDTO app : dto.applicationDTOs) {
            if (app.serviceId == serviceId) {
                info.state = "ACTIVE";
                return;
            }
        }
        for (FailedApplicationDTO failed : dto.failedApplicationDTOs) {
            if (failed.serviceId == serviceId) {
                info.state = "FAILED";
                info.problem = failureReason(failed.failureReason);
                return;
            }
        }
        info.state = "STARTING";
    }

    private static String failureReason(int code) {
        return switch (code) {
            case 1 -> "another application with a higher ranking has the same name or base";
            case 2 -> "the service could not be got";
            case 3 -> "an extension it requires is missing";
            case 4 -> "its properties are invalid";
            case 5 -> "the name is already used";
            case 6 -> "it was shadowed by another application";
            default -> "JAX-RS whiteboard failure " + code;
        };
    }
}
