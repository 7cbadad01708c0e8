package de.koeln.zks.incidents.internal.service;

import java.time.OffsetDateTime;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import de.koeln.zks.incidents.api.IncidentExport;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.domain.IncidentValidation;
import de.koeln.zks.incidents.internal.domain.StatisticsBuilder;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.incidents.internal.jpa.Where;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Validator;

/** Statistics (GROUP BY in portable JPQL) and the audited export: security management only. */
final class IncidentReports {
    private final JpaTemplate jpa;
    private final AuditService audit;

    IncidentReports(JpaTemplate jpa, AuditService audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    IncidentStatistics statistics(Caller caller, OffsetDateTime from, OffsetDateTime to) {
        Access.requireManager(caller, "read incident statistics");
        IncidentQuery query = new IncidentQuery();
        query.from = from;
        query.to = to;
        validate(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Where where = Where.of(query);
            StatisticsBuilder stats = new StatisticsBuilder(from, to);
            IncidentQueries.countBy(em, where, "e.level").forEach(r -> stats.level((Number) r[0], (Number) r[1]));
            IncidentQueries.countBy(em, where, "e.kind").forEach(r -> stats.kind(r[0], (Number) r[1]));
            IncidentQueries.countBy(em, where, "e.unit").forEach(r -> stats.unit((String) r[0], (Number) r[1]));
            IncidentQueries.countBy(em, where, "e.occurredMonth").forEach(r -> stats.month((String) r[0], (Number) r[1]));
            IncidentQueries.countBy(em, where, "e.status").forEach(r -> stats.status(r[0], (Number) r[1]));
            return stats.build();
        });
    }

    IncidentExport export(Caller caller, IncidentQuery query, int maxRows) {
        Access.requireManager(caller, "export incidents");
        if (maxRows < 1 || maxRows > IncidentService.MAX_EXPORT_ROWS) {
            throw new ValidationException("maxRows", "must be between 1 and " + IncidentService.MAX_EXPORT_ROWS);
        }
        IncidentQuery q = Access.restrict(caller, query);
        validate(q);
        return Tx.write(jpa, em -> {
            Object[] countAndMax = IncidentQueries.countAndMaxId(em, Where.of(q));
            long matched = ((Number) countAndMax[0]).longValue();
            long maxId = countAndMax[1] == null ? 0 : ((Number) countAndMax[1]).longValue();
            int rows = (int) Math.min(matched, maxRows);
            audit.record(caller, AuditAction.EXPORT, JpaIncidentService.MODULE, JpaIncidentService.RECORD, null,
                "CSV: " + rows + " of " + matched + " incidents" + range(q));
            return new JpaIncidentExport(jpa, caller, q, matched, rows, maxId);
        });
    }

    private static void validate(IncidentQuery query) {
        Validator v = new Validator();
        IncidentValidation.query(v, query);
        v.throwIfInvalid();
    }

    private static String range(IncidentQuery q) {
        return (q.from == null ? "" : " from " + q.from) + (q.to == null ? "" : " to " + q.to);
    }
}
