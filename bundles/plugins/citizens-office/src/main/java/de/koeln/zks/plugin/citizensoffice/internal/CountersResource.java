package de.koeln.zks.plugin.citizensoffice.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/** {@code GET /api/plugins/citizens-office/counters?unit=&from=}: incidents per service counter. */
@Path("counters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN, Roles.UNIT_MANAGER})
public class CountersResource {
    private final CounterBook book;

    CountersResource(CounterBook book) {
        this.book = book;
    }

    @GET
    @ApiDoc(summary = "Incidents per service counter of the Bürgerämter (security managers: all units of the plugin; "
        + "unit managers: their own)")
    public CounterReport counters(@Context SecurityContext security, @QueryParam("unit") String unit,
            @QueryParam("from") String from) {
        return book.report(CallerPrincipal.of(security), unit, QueryParams.periodStart("from", from));
    }
}
