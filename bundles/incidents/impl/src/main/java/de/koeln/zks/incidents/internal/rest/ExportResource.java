package de.koeln.zks.incidents.internal.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;


import de.koeln.zks.incidents.api.IncidentExport;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.internal.domain.IncidentCsv;
import de.koeln.zks.incidents.internal.domain.IncidentFilters;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;

/**
 * {@code GET /api/incidents/export.csv?<filters of the list>}: the matching incidents as CSV, at most
 * {@link IncidentService#MAX_EXPORT_ROWS}; {@code X-Total-Count} says how many matched and
 * {@code X-Truncated: true} that not all of them are in the file. Audited.
 */
@Path("export.csv")
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class ExportResource {
    static final String CSV = "text/csv; charset=UTF-8";

    private final IncidentService incidents;

    public ExportResource(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @Produces(CSV)
    @ApiDoc(summary = "CSV of a filtered list for management reports", returns = String.class, queryParams = {"from", "to", "unit", "kind", "level", "status", "building"})
    public Response export(@Context UriInfo uri, @Context SecurityContext security) {
        IncidentExport export = incidents.export(CallerPrincipal.of(security),
            IncidentFilters.parse(uri.getQueryParameters()), IncidentService.MAX_EXPORT_ROWS);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (IncidentCsv csv = new IncidentCsv(writer)) {
                export.forEach(csv);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body, CSV)
            .header("Content-Disposition", "attachment; filename=\"incidents.csv\"")
            .header("X-Total-Count", export.matched())
            .header("X-Truncated", export.truncated())
            .build();
    }
}
