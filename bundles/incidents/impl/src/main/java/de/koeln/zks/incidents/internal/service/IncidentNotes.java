package de.koeln.zks.incidents.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.incidents.api.MeasureQuery;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.domain.Lifecycle;
import de.koeln.zks.incidents.internal.domain.Months;
import de.koeln.zks.incidents.internal.domain.RecordValidation;
import de.koeln.zks.incidents.internal.jpa.CommentEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.incidents.internal.jpa.MeasureEntity;
import de.koeln.zks.incidents.internal.jpa.Where;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Measures and comments on incidents: security management only. Measures are added while the incident is
 * open and may be updated (e.g. marked done) later; comments cannot be added once retention erased it.
 */
final class IncidentNotes {
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final Clock clock;

    IncidentNotes(JpaTemplate jpa, AuditService audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    Measure addMeasure(Caller caller, long incidentId, Measure measure) {
        Access.requireManager(caller, "keep measures");
        Validator v = new Validator();
        Measure clean = RecordValidation.measure(v, measure);
        v.throwIfInvalid();
        return Tx.write(jpa, em -> {
            IncidentEntity incident = IncidentQueries.visible(em, caller, incidentId);
            if (Lifecycle.isFinal(incident.status())) {
                throw new ConflictException("The incident is " + incident.status()
                    + "; measures can be added only while it is open", Map.of("currentStatus", incident.status().name()));
            }
            MeasureEntity entity = new MeasureEntity(incidentId, clean, caller.name(), UtcTimes.now(clock));
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, JpaIncidentService.MODULE, "measure", String.valueOf(entity.id()),
                "incident " + incidentId);
            return entity.toDto();
        });
    }

    Measure updateMeasure(Caller caller, long incidentId, long measureId, Measure measure, Long expectedVersion) {
        Access.requireManager(caller, "keep measures");
        Validator v = new Validator();
        Measure clean = RecordValidation.measure(v, measure);
        v.throwIfInvalid();
        return Tx.write(jpa, em -> {
            MeasureEntity entity = em.find(MeasureEntity.class, measureId);
            if (entity == null || entity.incidentId() != incidentId) {
                throw new NotFoundException("Measure", measureId);
            }
            Versions.check(expectedVersion, entity.version());
            entity.apply(clean, UtcTimes.now(clock));
            em.flush();
            audit.record(caller, AuditAction.UPDATE, JpaIncidentService.MODULE, "measure", String.valueOf(measureId),
                "incident " + incidentId + (Boolean.TRUE.equals(clean.done) ? ", done" : ""));
            return entity.toDto();
        });
    }

    List<Measure> measures(Caller caller, long incidentId) {
        Access.requireManager(caller, "read measures");
        Optional<List<Measure>> measures = jpa.txExpr(TransactionType.Supports, em ->
            IncidentQueries.findVisible(em, caller, incidentId).map(e -> IncidentQueries.measures(em, incidentId)
                .stream().map(MeasureEntity::toDto).toList()));
        return measures.orElseThrow(() -> new NotFoundException("Incident", incidentId));
    }

    /** Measures across incidents by due date; overdue = not done and due before today in Cologne. */
    Page<Measure> measures(Caller caller, MeasureQuery query, Paging paging) {
        Access.requireManager(caller, "read measures");
        MeasureQuery q = query == null ? new MeasureQuery() : query;
        Where where = new Where()
            .and("m.done = :done", "done", q.done)
            .and("m.ownerUnit = :ownerUnit", "ownerUnit", q.ownerUnit == null || q.ownerUnit.isBlank() ? null : q.ownerUnit.strip());
        if (Boolean.TRUE.equals(q.overdue)) {
            where.and("m.done = :open", "open", Boolean.FALSE)
                .and("m.dueOn < :today", "today", LocalDate.ofInstant(clock.instant(), Months.ZONE));
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Measure> items = where.bind(em.createQuery("SELECT m FROM MeasureEntity m" + where.jpql()
                    + " ORDER BY m.dueOn, m.id", MeasureEntity.class))
                .setFirstResult(paging.offset()).setMaxResults(paging.limit())
                .getResultList().stream().map(MeasureEntity::toDto).toList();
            long total = paging.total(items.size(), () -> where.bind(em.createQuery(
                "SELECT COUNT(m) FROM MeasureEntity m" + where.jpql(), Long.class)).getSingleResult());
            return new Page<>(items, paging.offset(), paging.limit(), total);
        });
    }

    Comment addComment(Caller caller, long incidentId, Comment comment) {
        Access.requireManager(caller, "comment on incidents");
        Validator v = new Validator();
        Comment clean = RecordValidation.comment(v, comment);
        v.throwIfInvalid();
        return Tx.write(jpa, em -> {
            IncidentEntity incident = IncidentQueries.visible(em, caller, incidentId);
            if (incident.erased()) {
                throw new ConflictException("The personal data of this incident were erased; it takes no more comments");
            }
            CommentEntity entity = new CommentEntity(incidentId, clean.text, caller.name(), UtcTimes.now(clock));
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, JpaIncidentService.MODULE, "comment", String.valueOf(entity.id()),
                "incident " + incidentId);
            return entity.toDto();
        });
    }

    List<Comment> comments(Caller caller, long incidentId) {
        Access.requireManager(caller, "read comments");
        Optional<List<Comment>> comments = jpa.txExpr(TransactionType.Supports, em ->
            IncidentQueries.findVisible(em, caller, incidentId).map(e -> IncidentQueries.comments(em, incidentId)
                .stream().map(CommentEntity::toDto).toList()));
        return comments.orElseThrow(() -> new NotFoundException("Incident", incidentId));
    }
}
