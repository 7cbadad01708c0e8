package de.koeln.zks.platform.plugins.internal;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.spi.DeclaredField;
import de.koeln.zks.platform.spi.ExtraFields;
import de.koeln.zks.platform.spi.PluginInfo;
import de.koeln.zks.platform.spi.PluginRegistry;
import de.koeln.zks.platform.support.rest.ApiDoc;

/**
 * {@code /api/platform/plugins}: the installed plugins with their state for operators, and the extra fields in force
 * for forms.
 */
@Component(service = PluginsResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=zks.platform.app)")
@JSONRequired
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {
    private final PluginRegistry plugins;
    private final ExtraFields fields;

    @Activate
    public PluginsResource(@Reference PluginRegistry plugins, @Reference ExtraFields fields) {
        this.plugins = plugins;
        this.fields = fields;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_MANAGER})
    @ApiDoc(summary = "Installed plugins: name, version, department, units, state (ACTIVE, INACTIVE, FAILED) and problems",
        returns = PluginInfo.class)
    public List<PluginInfo> list() {
        return plugins.plugins();
    }

    @GET
    @Path("{name: [a-z][a-z0-9-]*}")
    @RolesAllowed({Roles.ADMIN, Roles.SECURITY_MANAGER})
    @ApiDoc(summary = "One plugin", returns = PluginInfo.class)
    public PluginInfo get(@PathParam("name") String name) {
        return plugins.plugin(name).orElseThrow(() -> new NotFoundException("Plugin", name));
    }

    @GET
    @Path("fields")
    @RolesAllowed({Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN})
    @ApiDoc(summary = "Extra fields in force for a module's records (with unit: those for that unit)",
        queryParams = {"module", "unit"}, returns = DeclaredField.class)
    public List<DeclaredField> fields(@QueryParam("module") String module, @QueryParam("unit") String unit) {
        if (module == null || module.isBlank()) {
            throw new ValidationException("module", "is required, e.g. incidents");
        }
        return unit == null || unit.isBlank() ? fields.fieldsOf(module.strip()) : fields.fieldsFor(module.strip(), unit.strip());
    }
}
