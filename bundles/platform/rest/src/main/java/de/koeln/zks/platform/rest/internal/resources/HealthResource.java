package de.koeln.zks.platform.rest.internal.resources;

import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /api/platform/health}: open to everyone, for load balancers and monitoring. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private static final Map<String, String> UP = Map.of("status", "UP");

    @GET
    @PermitAll
    public Map<String, String> health() {
        return UP;
    }
}
