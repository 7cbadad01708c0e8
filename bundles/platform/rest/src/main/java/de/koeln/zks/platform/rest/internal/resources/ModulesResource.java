package de.koeln.zks.platform.rest.internal.resources;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import de.koeln.zks.platform.api.ModuleDirectory;
import de.koeln.zks.platform.api.ModuleInfo;
import de.koeln.zks.platform.support.rest.ApiDoc;

/**
 * {@code GET /api/platform/modules}: the modules installed right now with version and state, so that clients show
 * only what is there and operators see what runs.
 */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {
    private final ModuleDirectory modules;

    public ModulesResource(ModuleDirectory modules) {
        this.modules = modules;
    }

    @GET
    @PermitAll
    @ApiDoc(summary = "Installed modules: name, path, bundle, version, apiVersion, state (ACTIVE, STARTING, FAILED)",
        returns = ModuleInfo.class)
    public List<ModuleInfo> list() {
        return modules.modules();
    }
}
