package de.koeln.zks.platform.core.internal.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditEntry;
import de.koeln.zks.platform.api.AuditQuery;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ForbiddenException;

/**
 * The audit trail in the platform's persistence unit. {@link #record} joins the caller's JTA
 * transaction (the change and its audit line commit together) or makes its own.
 */
@Component(service = AuditService.class)
public class JpaAuditService implements AuditService {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public JpaAuditService(@Reference(target = "(osgi.unit.name=zks-platform)") JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    JpaAuditService(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public void record(Caller actor, AuditAction action, String module, String recordType, String recordId, String detail) {
        AuditEntryEntity entry = new AuditEntryEntity(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)),
            actor.name(), action, module, recordType, recordId, truncate(detail, 1000));
        jpa.tx(TransactionType.Required, em -> em.persist(entry));
    }

    @Override
    public Page<AuditEntry> query(Caller caller, AuditQuery q, int offset, int limit) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only an admin may read the audit trail");
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> params = new LinkedHashMap<>();
            // no "1 = 1": with a literal comparison EclipseLink stops binding parameters on Derby
            StringBuilder where = new StringBuilder();
            condition(where, params, "actor", "a.actor = :actor", q.actor);
            condition(where, params, "module", "a.module = :module", q.module);
            condition(where, params, "recordType", "a.recordType = :recordType", q.recordType);
            condition(where, params, "recordId", "a.recordId = :recordId", q.recordId);
            condition(where, params, "action", "a.action = :action", q.action);
            condition(where, params, "from", "a.atUtc >= :from", q.from == null ? null
                : q.from.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            condition(where, params, "to", "a.atUtc < :to", q.to == null ? null
                : q.to.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            long total = bind(em.createQuery("SELECT COUNT(a) FROM AuditEntryEntity a" + where, Long.class), params)
                .getSingleResult();
            var items = bind(query(em, where), params).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(AuditEntryEntity::toDto).toList();
            return new Page<>(items, offset, limit, total);
        });
    }

    private static TypedQuery<AuditEntryEntity> query(EntityManager em, StringBuilder where) {
        return em.createQuery("SELECT a FROM AuditEntryEntity a" + where + " ORDER BY a.id DESC", AuditEntryEntity.class);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, String clause, Object value) {
        if (value != null) {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(clause);
            params.put(name, value);
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
