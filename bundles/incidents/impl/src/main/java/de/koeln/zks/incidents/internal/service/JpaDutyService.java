package de.koeln.zks.incidents.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyQuery;
import de.koeln.zks.incidents.api.DutyRules;
import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.incidents.api.DutyUpdate;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.incidents.internal.domain.IncidentValidation;
import de.koeln.zks.incidents.internal.duties.DutyRule;
import de.koeln.zks.incidents.internal.duties.DutyRulebook;
import de.koeln.zks.incidents.internal.duties.DutyRulesSource;
import de.koeln.zks.incidents.internal.jpa.DutyEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentEntity;
import de.koeln.zks.incidents.internal.jpa.IncidentQueries;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Duties after incidents in the persistence unit {@code zks-incidents}. They are made by {@link DutyPlanner} in
 * the incidents' own transactions; here they are read, marked and reminded.
 */
@Component(service = DutyService.class)
public class JpaDutyService implements DutyService {
    static final String RECORD = "duty";
    /** Most duties reminded in one transaction. */
    static final int REMIND_BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(JpaDutyService.class);
    private static final int MAX_NOTE = 2000;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final EventPublisher events;
    private final DutyRulesSource rules;
    private final Clock clock;

    @Activate
    public JpaDutyService(@Reference(target = "(osgi.unit.name=" + JpaIncidentService.UNIT_NAME + ")") JpaTemplate jpa,
            @Reference AuditService audit, @Reference EventAdmin eventAdmin, @Reference DutyRulesSource rules) {
        this(jpa, audit, eventAdmin, rules, Clock.systemUTC());
    }

    JpaDutyService(JpaTemplate jpa, AuditService audit, EventAdmin eventAdmin, DutyRulesSource rules, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = new EventPublisher(eventAdmin);
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<Duty> duties(Caller caller, long incidentId) {
        Access.requireReporting(caller);
        LocalDateTime now = UtcTimes.now(clock);
        return jpa.txExpr(TransactionType.Supports, em -> {
            IncidentEntity incident = IncidentQueries.visible(em, caller, incidentId);
            var dto = incident.toDto();
            return DutyPlanner.of(em, incidentId).stream().map(d -> d.toDto(now, dto.unit, dto.level)).toList();
        });
    }

    @Override
    public Duty update(Caller caller, long incidentId, long dutyId, DutyUpdate update, Long expectedVersion) {
        Access.requireManager(caller, "mark duties");
        Validator v = new Validator();
        DutyState state = null;
        String note = null;
        if (update == null) {
            v.reject(IncidentValidation.BODY, "is required");
        } else {
            state = v.required("state", update.state);
            note = v.text("note", update.note, MAX_NOTE);
            if (update.state == DutyState.NOT_NEEDED && note == null) {
                v.reject("note", "say why the duty is not needed");
            }
        }
        v.throwIfInvalid();
        DutyState newState = state;
        String newNote = note;
        return Tx.write(jpa, em -> {
            IncidentEntity incident = IncidentQueries.visible(em, caller, incidentId);
            DutyEntity duty = em.find(DutyEntity.class, dutyId);
            if (duty == null || duty.incidentId() != incidentId) {
                throw new NotFoundException("Duty", dutyId);
            }
            Versions.check(expectedVersion, duty.version());
            LocalDateTime now = UtcTimes.now(clock);
            duty.mark(newState, newNote, caller.name(), now);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, JpaIncidentService.MODULE, RECORD, String.valueOf(dutyId),
                "incident " + incidentId + ", " + duty.code() + " " + newState);
            var dto = incident.toDto();
            return duty.toDto(now, dto.unit, dto.level);
        });
    }

    @Override
    public Page<Duty> list(Caller caller, DutyQuery query, int offset, int limit) {
        Access.requireManager(caller, "see the duties across incidents");
        Paging paging = Paging.of(offset, limit);
        DutyQuery q = query == null ? new DutyQuery() : query;
        LocalDateTime now = UtcTimes.now(clock);
        StringBuilder where = new StringBuilder(" FROM DutyEntity d, IncidentEntity i WHERE i.id = d.incidentId");
        if (q.overdue) {
            where.append(" AND d.state = :open AND d.dueUtc < :now");
        } else if (q.state != null) {
            where.append(" AND d.state = :state");
        }
        if (q.owner != null) {
            where.append(" AND d.owner = :owner");
        }
        if (q.unit != null) {
            where.append(" AND i.unit = :unit");
        }
        if (q.code != null) {
            where.append(" AND d.code = :code");
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Object[]> page = em.createQuery("SELECT d, i.unit, i.level" + where + " ORDER BY d.dueUtc, d.id",
                Object[].class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(d)" + where, Long.class);
            for (TypedQuery<?> tq : List.of(page, count)) {
                if (q.overdue) {
                    tq.setParameter("open", DutyState.OPEN).setParameter("now", now);
                } else if (q.state != null) {
                    tq.setParameter("state", q.state);
                }
                if (q.owner != null) {
                    tq.setParameter("owner", q.owner);
                }
                if (q.unit != null) {
                    tq.setParameter("unit", q.unit);
                }
                if (q.code != null) {
                    tq.setParameter("code", q.code);
                }
            }
            List<Duty> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList().stream()
                .map(row -> ((DutyEntity) row[0]).toDto(now, (String) row[1], ((Number) row[2]).intValue())).toList();
            return new Page<>(items, paging.offset(), paging.limit(), count.getSingleResult());
        });
    }

    @Override
    public DutyRules rules(Caller caller) {
        Access.requireStaff(caller);
        DutyRulebook book = rules.current();
        DutyRules out = new DutyRules();
        for (IncidentKind kind : IncidentKind.values()) {
            out.suggestedLevels.put(kind, book.suggestedLevel(kind));
        }
        for (DutyRule rule : book.rules()) {
            DutyRules.Rule r = new DutyRules.Rule();
            r.code = rule.code();
            r.title = rule.title();
            r.description = rule.description();
            r.when = rule.when().toString();
            r.owner = rule.owner();
            r.due = rule.due();
            r.dueFrom = rule.dueFrom().name();
            r.doneWhen = rule.doneWhen();
            r.remindBefore = rule.remindBefore();
            out.duties.add(r);
        }
        return out;
    }

    private record Reminder(Duty duty, boolean overdue) {
    }

    /**
     * Reminds every duty that became due (or reached its early reminder) since the last run: marks it reminded and
     * posts {@link IncidentEvents#DUTY_DUE}. The due duties are found with one query (ids only); they are then marked
     * in transactions of at most {@value #REMIND_BATCH}, so that a large backlog (after a long stop, or many
     * back-dated reports) neither holds one huge transaction nor all its duties in memory. One log line per run
     * (each duty at DEBUG).
     */
    @Override
    public int remind(Caller caller) {
        Access.requireManager(caller, "send reminders of duties");
        LocalDateTime now = UtcTimes.now(clock);
        List<Long> due = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d.id FROM DutyEntity d "
                + "WHERE d.state = :open AND ((d.dueUtc <= :now AND (d.remindedForUtc IS NULL OR d.remindedForUtc < d.dueUtc)) "
                + "OR (d.remindUtc <= :now AND d.remindedForUtc IS NULL)) ORDER BY d.dueUtc, d.id", Long.class)
            .setParameter("open", DutyState.OPEN).setParameter("now", now).getResultList());
        int reminded = 0;
        int overdue = 0;
        for (int from = 0; from < due.size(); from += REMIND_BATCH) {
            List<Long> ids = new ArrayList<>(due.subList(from, Math.min(due.size(), from + REMIND_BATCH)));
            while (ids.size() < REMIND_BATCH) {
                ids.add(ids.get(ids.size() - 1)); // one length of IN list: the database compiles one statement
            }
            for (Reminder r : Tx.write(jpa, em -> mark(em, ids, now))) {
                reminded++;
                if (r.overdue()) {
                    overdue++;
                }
                LOG.debug("Duty {} ({}) of incident {} {} {} (owner {}, unit {})", r.duty().id, r.duty().code,
                    r.duty().incidentId, r.overdue() ? "is overdue since" : "is due at", r.duty().dueAt, r.duty().owner,
                    r.duty().unit);
                events.dutyDue(r.duty(), r.overdue());
            }
        }
        if (reminded > 0) {
            LOG.info("Duty reminders: {} duties reminded ({} overdue, {} due soon)", reminded, overdue, reminded - overdue);
        }
        return reminded;
    }

    /** Marks the duties reminded that are still open and due (one may have been done since it was found). */
    private static List<Reminder> mark(EntityManager em, List<Long> ids, LocalDateTime now) {
        List<Object[]> rows = em.createQuery("SELECT d, i.unit, i.level FROM DutyEntity d, IncidentEntity i "
                + "WHERE d.id IN :ids AND i.id = d.incidentId ORDER BY d.dueUtc, d.id", Object[].class)
            .setParameter("ids", ids).getResultList();
        List<Reminder> reminders = new ArrayList<>();
        for (Object[] row : rows) {
            DutyEntity duty = (DutyEntity) row[0];
            boolean overdue = !duty.dueUtc().isAfter(now);
            if (duty.state() != DutyState.OPEN || !duty.reminderDue(now)) {
                continue;
            }
            duty.reminded(overdue ? duty.dueUtc() : duty.remindUtc());
            reminders.add(new Reminder(duty.toDto(now, (String) row[1], ((Number) row[2]).intValue()), overdue));
        }
        return reminders;
    }
}
