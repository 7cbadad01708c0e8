package de.koeln.zks.plugin.template.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.rest.ApiDoc;

/** {@code GET /api/plugins/<plugin>/status}. Every resource names the roles that may use it (else: 403 for all). */
@Path("status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class TemplateResource {
    private final TemplateListener listener;

    TemplateResource(TemplateListener listener) {
        this.listener = listener;
    }

    @GET
    @ApiDoc(summary = "Reports of the plugin's units since the plugin started")
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("units", listener.units());
        out.put("reports", listener.reports());
        return out;
    }
}
