package de.koeln.zks.training.internal.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.SafeCsv;
import de.koeln.zks.platform.support.rest.ApiDoc;
import de.koeln.zks.platform.support.rest.CallerPrincipal;
import de.koeln.zks.training.api.TrainingRecords;
import de.koeln.zks.training.api.TrainingStatistics;

/** {@code /api/training/statistics} and {@code statistics.csv}: participation, no-shows and coverage. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECURITY_MANAGER, Roles.ADMIN})
public class TrainingStatisticsResource {
    static final String CSV = "text/csv; charset=UTF-8";
    private final TrainingRecords records;

    public TrainingStatisticsResource(TrainingRecords records) {
        this.records = records;
    }

    @GET
    @Path("statistics")
    @ApiDoc(summary = "Participation and no-show rates per course and unit of sessions starting in [from, to); coverage "
        + "of staff at risk workplaces", returns = TrainingStatistics.class, queryParams = {"from", "to"})
    public TrainingStatistics statistics(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext security) {
        return records.statistics(CallerPrincipal.of(security), QueryParams.periodStart("from", from),
            QueryParams.periodEnd("to", to));
    }

    @GET
    @Path("statistics.csv")
    @Produces(CSV)
    @ApiDoc(summary = "The statistics as CSV for management reports", returns = String.class, queryParams = {"from", "to"})
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        TrainingStatistics s = statistics(from, to, security);
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, List.of("section", "key", "registered", "attended", "noShow", "cancelled",
                "participationRate", "noShowRate", "riskLevel", "staff", "trained", "coverageRate"))) {
            for (TrainingStatistics.Row r : s.byCourse) {
                csv.row("course", r.key, r.registered, r.attended, r.noShow, r.cancelled, r.participationRate, r.noShowRate,
                    null, null, null, null);
            }
            for (TrainingStatistics.Row r : s.byUnit) {
                csv.row("unit", r.key, r.registered, r.attended, r.noShow, r.cancelled, r.participationRate, r.noShowRate,
                    null, null, null, null);
            }
            for (TrainingStatistics.Coverage c : s.coverage) {
                csv.row("coverage", c.unit, null, null, null, null, null, null, c.riskLevel, c.staff, c.trained, c.rate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), CSV)
            .header("Content-Disposition", "attachment; filename=\"training-statistics.csv\"").build();
    }
}
