package de.koeln.zks.incidents.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.domain.Lifecycle;
import de.koeln.zks.incidents.internal.jpa.DutyEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;

/**
 * Retention: erases the personal fields of closed and rejected incidents whose last status change is older
 * than the retention, each incident in its own transaction with its audit line ({@code ERASE}). Kind, level,
 * unit and month stay, so the statistics keep counting them. One run at a time.
 */
final class RetentionEraser {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionEraser.class);

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final Clock clock;

    RetentionEraser(JpaTemplate jpa, AuditService audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
    }

    synchronized int eraseExpired(Caller caller, int retentionDays) {
        Access.requireManager(caller, "run the retention of incidents");
        LocalDateTime cutoff = UtcTimes.now(clock).minusDays(retentionDays);
        List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> IncidentQueries.expired(em, cutoff));
        int erased = 0;
        for (Long id : ids) {
            try {
                if (Tx.write(jpa, em -> eraseOne(em, caller, id, cutoff, retentionDays))) {
                    erased++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Retention could not erase incident {}; it is tried again at the next run", id, e);
            }
        }
        if (erased > 0) {
            LOG.info("Retention erased the personal data of {} incidents closed more than {} days ago", erased, retentionDays);
        }
        return erased;
    }

    private boolean eraseOne(EntityManager em, Caller caller, long id, LocalDateTime cutoff, int retentionDays) {
        IncidentEntity entity = em.find(IncidentEntity.class, id);
        if (entity == null || entity.erased() || !Lifecycle.isFinal(entity.status())
                || !entity.statusChangedUtc().isBefore(cutoff)) {
            return false;
        }
        IncidentQueries.eraseNotes(em, id, entity.reportedBy());
        DutyPlanner.of(em, id).forEach(DutyEntity::erase);
        IncidentExtras.erase(em, id);
        entity.erase(UtcTimes.now(clock));
        em.flush();
        audit.record(caller, AuditAction.ERASE, JpaIncidentService.MODULE, JpaIncidentService.RECORD, String.valueOf(id),
            "personal fields erased, " + entity.status() + " more than " + retentionDays + " days ago");
        return true;
    }
}
