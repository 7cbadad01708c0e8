package de.koeln.zks.incidents.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.incidents.api.RiskNoticeService;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.domain.RecordValidation;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.incidents.internal.jpa.NoticeEntity;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Risk notices in the persistence unit {@code zks-incidents}. Security managers and admins publish and see
 * all; other staff see the notices in force for their units (from the platform's user directory) and
 * those without a unit (for a location); anything else is "not found".
 */
@Component(service = RiskNoticeService.class)
public class JpaRiskNoticeService implements RiskNoticeService {
    private static final String RECORD = "notice";
    private static final String IN_FORCE = "n.validFromUtc <= :now AND n.validUntilUtc > :now";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final EventPublisher events;
    private final Clock clock;

    @Activate
    public JpaRiskNoticeService(@Reference(target = "(osgi.unit.name=" + JpaIncidentService.UNIT_NAME + ")") JpaTemplate jpa,
            @Reference AuditService audit, @Reference UserDirectory users, @Reference EventAdmin eventAdmin) {
        this(jpa, audit, users, eventAdmin, Clock.systemUTC());
    }

    JpaRiskNoticeService(JpaTemplate jpa, AuditService audit, UserDirectory users, EventAdmin eventAdmin, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.events = new EventPublisher(eventAdmin);
        this.clock = clock;
    }

    @Override
    public RiskNotice create(Caller caller, RiskNotice notice) {
        Access.requireManager(caller, "publish risk notices");
        RiskNotice clean = validate(notice);
        RiskNotice created = Tx.write(jpa, em -> {
            IncidentQueries.requireExisting(em, "incidentIds", clean.incidentIds);
            LocalDateTime now = UtcTimes.now(clock);
            NoticeEntity entity = new NoticeEntity(clean, caller.name(), now);
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, JpaIncidentService.MODULE, RECORD, String.valueOf(entity.id()),
                summary(clean));
            return entity.toDto(now);
        });
        events.notice(created);
        return created;
    }

    @Override
    public RiskNotice update(Caller caller, long id, RiskNotice notice, Long expectedVersion) {
        Access.requireManager(caller, "change risk notices");
        RiskNotice clean = validate(notice);
        RiskNotice updated = Tx.write(jpa, em -> {
            NoticeEntity entity = em.find(NoticeEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("Risk notice", id);
            }
            Versions.check(expectedVersion, entity.version());
            IncidentQueries.requireExisting(em, "incidentIds", clean.incidentIds);
            LocalDateTime now = UtcTimes.now(clock);
            entity.apply(clean, now);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, JpaIncidentService.MODULE, RECORD, String.valueOf(id), summary(clean));
            return entity.toDto(now);
        });
        events.notice(updated);
        return updated;
    }

    @Override
    public RiskNotice get(Caller caller, long id) {
        Access.requireStaff(caller);
        boolean manager = Access.isManager(caller);
        List<String> units = manager ? List.of() : users.unitsOf(caller.name());
        Optional<RiskNotice> found = jpa.txExpr(TransactionType.Supports, em -> {
            LocalDateTime now = UtcTimes.now(clock);
            return Optional.ofNullable(em.find(NoticeEntity.class, id))
                .filter(n -> manager || n.inForce(now) && (n.unit() == null || units.contains(n.unit())))
                .map(n -> n.toDto(now));
        });
        return found.orElseThrow(() -> new NotFoundException("Risk notice", id));
    }

    @Override
    public Page<RiskNotice> list(Caller caller, int offset, int limit) {
        Access.requireManager(caller, "see all risk notices");
        Paging paging = Paging.of(offset, limit);
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDateTime now = UtcTimes.now(clock);
            long total = em.createQuery("SELECT COUNT(n) FROM NoticeEntity n", Long.class).getSingleResult();
            List<RiskNotice> items = em.createQuery("SELECT n FROM NoticeEntity n ORDER BY n.validUntilUtc DESC, n.id DESC",
                    NoticeEntity.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(n -> n.toDto(now)).toList();
            return new Page<>(items, paging.offset(), paging.limit(), total);
        });
    }

    @Override
    public List<RiskNotice> listInForceFor(Caller caller) {
        Access.requireStaff(caller);
        boolean manager = Access.isManager(caller);
        List<String> units = manager ? List.of() : users.unitsOf(caller.name());
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDateTime now = UtcTimes.now(clock);
            String scope = manager ? "" : units.isEmpty() ? " AND n.unit IS NULL" : " AND (n.unit IS NULL OR n.unit IN :units)";
            TypedQuery<NoticeEntity> query = em.createQuery("SELECT n FROM NoticeEntity n WHERE " + IN_FORCE + scope
                + " ORDER BY n.validFromUtc DESC, n.id DESC", NoticeEntity.class).setParameter("now", now);
            if (!manager && !units.isEmpty()) {
                query.setParameter("units", units);
            }
            return query.getResultList().stream().map(n -> n.toDto(now)).toList();
        });
    }


    private static RiskNotice validate(RiskNotice notice) {
        Validator v = new Validator();
        RiskNotice clean = RecordValidation.notice(v, notice);
        v.throwIfInvalid();
        return clean;
    }

    private static String summary(RiskNotice n) {
        return (n.unit == null ? "location" : "unit " + n.unit) + ", valid " + n.validFrom + " to " + n.validUntil;
    }
}
