package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureQuery;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.inspections.api.MeasureState;
import de.koeln.zks.inspections.internal.domain.InspectionAccess;
import de.koeln.zks.inspections.internal.domain.InspectionValidation;
import de.koeln.zks.inspections.internal.jpa.FindingEntity;
import de.koeln.zks.inspections.internal.jpa.MeasureEntity;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Events;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Measures on findings. The lists of open measures by due date (overdue, due before a date) read one index
 * ({@code STATE, DUE_ON, ID}), a unit's list another ({@code OWNER_UNIT, STATE, DUE_ON, ID}), both in list order; their
 * totals are kept between changes ({@link CountCache}); staff see the measures their units own.
 */
@Component(service = MeasureService.class)
public class JpaMeasureService implements MeasureService {
    private static final String READ_ONLY = "eclipselink.read-only";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final EventAdmin events;
    private final Clock clock;
    private final CountCache counts;

    @Activate
    public JpaMeasureService(@Reference(target = InspectionTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit,
            @Reference UserDirectory users, @Reference EventAdmin events) {
        this(jpa, audit, users, events, Clock.systemUTC());
    }

    JpaMeasureService(JpaTemplate jpa, AuditService audit, UserDirectory users, EventAdmin events, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.counts = new CountCache(clock);
    }

    @Override
    public Measure add(Caller caller, long findingId, Measure measure) {
        InspectionAccess.requireManager(caller, "set measures");
        LocalDate today = UtcTimes.today(clock);
        Validator v = new Validator();
        Measure clean = InspectionValidation.measure(v, measure, today);
        v.throwIfInvalid();
        Measure added = InspectionTx.write(jpa, em -> {
            FindingEntity finding = em.find(FindingEntity.class, findingId);
            if (finding == null) {
                throw new NotFoundException("Finding", findingId);
            }
            MeasureEntity entity = new MeasureEntity(finding, clean, caller.name(), UtcTimes.now(clock));
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, InspectionTx.MODULE, "measure", String.valueOf(entity.id()),
                "finding " + findingId + ", " + clean.ownerUnit + ", due " + clean.due);
            return entity.toDto(today);
        });
        counts.changed();
        return added;
    }

    @Override
    public Measure done(Caller caller, long measureId, String note, Long expectedVersion) {
        InspectionAccess.requireStaff(caller);
        Validator v = new Validator();
        String clean = v.text("note", note, InspectionValidation.MAX_NOTE);
        v.throwIfInvalid();
        List<String> units = users.unitsOf(caller.name());
        Measure done = InspectionTx.write(jpa, em -> {
            MeasureEntity entity = em.find(MeasureEntity.class, measureId);
            if (entity == null || !InspectionAccess.maySeeUnit(caller, units, entity.ownerUnit())) {
                throw new NotFoundException("Measure", measureId);
            }
            Versions.check(expectedVersion, entity.version());
            if (entity.state() == MeasureState.DONE) {
                throw new ConflictException("Measure " + measureId + " is already done");
            }
            entity.done(caller.name(), clean, UtcTimes.now(clock));
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, InspectionTx.MODULE, "measure", String.valueOf(measureId), "done");
            return entity.toDto(UtcTimes.today(clock));
        });
        counts.changed();
        return done;
    }

    @Override
    public List<Measure> ofFinding(Caller caller, long findingId) {
        InspectionAccess.requireStaff(caller);
        List<String> units = users.unitsOf(caller.name());
        return InspectionTx.read(jpa, em -> {
            FindingEntity finding = em.find(FindingEntity.class, findingId);
            if (finding == null || !InspectionAccess.maySeeUnit(caller, units, finding.unit())) {
                throw new NotFoundException("Finding", findingId);
            }
            LocalDate today = UtcTimes.today(clock);
            return em.createQuery("SELECT m FROM MeasureEntity m WHERE m.findingId = :f ORDER BY m.dueOn, m.id",
                MeasureEntity.class).setParameter("f", findingId).getResultList().stream().map(m -> m.toDto(today)).toList();
        });
    }

    @Override
    public Page<Measure> list(Caller caller, MeasureQuery query, int offset, int limit) {
        InspectionAccess.requireStaff(caller);
        Paging paging = Paging.of(offset, limit);
        MeasureQuery q = query == null ? new MeasureQuery() : query;
        boolean manager = InspectionAccess.isManager(caller);
        List<String> units = manager ? List.of() : users.unitsOf(caller.name());
        if (!manager && units.isEmpty()) {
            return new Page<>(List.of(), paging.offset(), paging.limit(), 0);
        }
        LocalDate today = UtcTimes.today(clock);
        LocalDate dueBefore = dueBefore(q, today);
        Conditions where = new Conditions();
        if (dueBefore != null) {
            where.and("m.state = :state", "state", MeasureState.OPEN).and("m.dueOn < :before", "before", dueBefore);
        } else {
            where.and("m.state = :state", "state", q.state);
        }
        if (!manager) {
            where.in("m.ownerUnit", "unit", units);
        }
        where.and("m.ownerUnit = :owner", "owner", q.ownerUnit);
        return InspectionTx.read(jpa, em -> {
            List<Measure> items = page(em, where, paging).stream().map(m -> m.toDto(today)).toList();
            long total = paging.total(items.size(), () -> counts.get(where.key(), () -> where.bind(em.createQuery(
                "SELECT COUNT(m) FROM MeasureEntity m" + where.jpql(), Long.class)).getSingleResult()));
            return new Page<>(items, paging.offset(), paging.limit(), total);
        });
    }

    /**
     * One page in list order. A later page first reads the ids alone, which the lists' indexes hold, so the rows it skips
     * cost no reads of the table, and then the rows of those ids.
     */
    private static List<MeasureEntity> page(EntityManager em, Conditions where, Paging paging) {
        String order = " ORDER BY m.dueOn, m.id";
        if (paging.offset() == 0) {
            return where.bind(em.createQuery("SELECT m FROM MeasureEntity m" + where.jpql() + order, MeasureEntity.class))
                .setHint(READ_ONLY, Boolean.TRUE).setMaxResults(paging.limit()).getResultList();
        }
        List<Long> ids = where.bind(em.createQuery("SELECT m.id FROM MeasureEntity m" + where.jpql() + order, Long.class))
            .setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Conditions byId = new Conditions().in("m.id", "id", ids);
        Map<Long, MeasureEntity> rows = new HashMap<>();
        byId.bind(em.createQuery("SELECT m FROM MeasureEntity m" + byId.jpql(), MeasureEntity.class))
            .setHint(READ_ONLY, Boolean.TRUE).getResultList().forEach(m -> rows.put(m.id(), m));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /**
     * The date open measures must be due before to be listed, or null: {@code overdue} means before today,
     * {@code dueBefore} before that date; with both, both apply, so the earlier date wins.
     */
    static LocalDate dueBefore(MeasureQuery q, LocalDate today) {
        LocalDate before = q.dueBefore;
        if (q.overdue && (before == null || today.isBefore(before))) {
            before = today;
        }
        return before;
    }

    @Override
    public int remindOverdue(Caller caller) {
        InspectionAccess.requireManager(caller, "send reminders of measures");
        LocalDate today = UtcTimes.today(clock);
        List<Measure> due = InspectionTx.write(jpa, em -> {
            List<MeasureEntity> overdue = em.createQuery("SELECT m FROM MeasureEntity m WHERE m.state = :open "
                    + "AND m.dueOn < :today AND m.overdueReminded = FALSE", MeasureEntity.class)
                .setParameter("open", MeasureState.OPEN).setParameter("today", today).getResultList();
            overdue.forEach(MeasureEntity::overdueReminded);
            return overdue.stream().map(m -> m.toDto(today)).toList();
        });
        for (Measure m : due) {
            Events.post(events, InspectionEvents.MEASURE_OVERDUE, Map.of(InspectionEvents.MEASURE, m.id,
                InspectionEvents.FINDING, m.finding, InspectionEvents.UNIT, m.ownerUnit, InspectionEvents.DUE, m.due.toString()));
        }
        return due.size();
    }

}
