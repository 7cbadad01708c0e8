package de.koeln.zks.alarm.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmCancel;
import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmClose;
import de.koeln.zks.alarm.api.AlarmEventType;
import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.alarm.api.AlarmTrigger;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.alarm.internal.domain.AlarmConfig;
import de.koeln.zks.alarm.internal.domain.AlarmSettings;
import de.koeln.zks.alarm.internal.domain.Escalation;
import de.koeln.zks.alarm.internal.domain.Escalation.Plan;
import de.koeln.zks.alarm.internal.domain.Groups;
import de.koeln.zks.alarm.internal.jpa.AlarmEntity;
import de.koeln.zks.alarm.internal.jpa.PointEntity;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;

/**
 * The alarm state machine in the persistence unit {@code zks-alarm}: every change is one write of the
 * {@link AlarmJournal} (stored with its events and audit line before the answer), escalations are checked
 * every second on a thread of the component ({@link #escalateDue()}).
 */
@Component(service = {AlarmService.class, JpaAlarmService.class}, configurationPid = JpaAlarmService.PID)
@Designate(ocd = AlarmConfig.class)
public class JpaAlarmService implements AlarmService {
    public static final String PID = "de.koeln.zks.alarm";
    static final String MODULE = "alarm";
    static final String RECORD = "alarm";
    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(JpaAlarmService.class);
    /** Most alarms a responder's or employee's list looks through (their own and their groups'). */
    private static final int PERSONAL_LIST_WINDOW = 2000;

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final GroupsView groups;
    private final AlarmJournal journal;
    private final EventLog log;
    private final Clock clock;
    private volatile AlarmSettings settings;
    private final ScheduledExecutorService ticker;

    @Activate
    public JpaAlarmService(@Reference(target = "(osgi.unit.name=" + EventLog.UNIT_NAME + ")") JpaTemplate jpa,
                           @Reference AuditService audit, @Reference UserDirectory users, @Reference GroupsView groups,
                           @Reference AlarmJournal journal, @Reference EventLog log, AlarmConfig config) {
        this(jpa, audit, users, groups, journal, log, Clock.systemUTC(), AlarmSettings.of(config));
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    public JpaAlarmService(JpaTemplate jpa, AuditService audit, UserDirectory users, GroupsView groups,
                           AlarmJournal journal, EventLog log, Clock clock, AlarmSettings settings) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.groups = groups;
        this.journal = journal;
        this.log = log;
        this.clock = clock;
        this.settings = settings;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "zks-alarm-escalation");
            t.setDaemon(true);
            return t;
        });
    }

    @Modified
    void modified(AlarmConfig config) {
        this.settings = AlarmSettings.of(config);
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
    }

    public AlarmSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- trigger

    @Override
    public Raised trigger(Caller caller, AlarmTrigger trigger) {
        AlarmTrigger t = trigger == null ? new AlarmTrigger() : trigger;
        Validator v = new Validator();
        String pointId = t.point;
        if (pointId == null || pointId.isBlank()) {
            pointId = users.find(caller.name()).map(p -> p.workstation).orElse(null);
            if (pointId == null) {
                v.reject("point", "is required (you have no registered workstation)");
            }
        }
        String note = v.text("note", t.note, 500);
        AlarmClass alarmClass = t.alarmClass == null ? AlarmClass.HELP : t.alarmClass;
        v.throwIfInvalid();
        String id = pointId;
        LocalDateTime now = UtcTimes.now(clock);
        Raised raised = journal.write(w -> {
            EntityManager em = w.em();
            PointEntity pointEntity = em.find(PointEntity.class, id);
            if (pointEntity == null) {
                throw new ValidationException("point", "names no registered alarm point: " + id);
            }
            AlarmPoint point = pointEntity.toDto();
            if (!point.classes.isEmpty() && !point.classes.contains(alarmClass)) {
                throw new ValidationException("class", alarmClass + " is not offered at alarm point " + id
                    + " (offered: " + point.classes + ")");
            }
            List<AlarmEntity> open = em.createQuery("select a from AlarmEntity a where a.pointId = :point"
                    + " and a.state in :open and a.drill = :drill order by a.id", AlarmEntity.class)
                .setParameter("point", id).setParameter("open", List.of(AlarmState.RAISED, AlarmState.ACKNOWLEDGED))
                .setParameter("drill", t.drill).getResultList();
            if (!open.isEmpty()) {
                return new Raised(join(w, caller, open.get(0), alarmClass, note, now), true);
            }
            return new Raised(raise(w, caller, point, alarmClass, t.drill, note, now), false);
        });
        return raised;
    }

    private Alarm raise(AlarmJournal.Writer w, Caller caller, AlarmPoint point, AlarmClass alarmClass, boolean drill,
                        String note, LocalDateTime now) {
        EntityManager em = w.em();
        int escalation = (int) settings.escalationFor(point.escalationSeconds, point.unit).toSeconds();
        AlarmEntity a = new AlarmEntity(point, alarmClass, drill, note, caller.name(), escalation, now);
        Groups g = groups.current();
        Plan plan = Escalation.initial(alarmClass, drill, point.groups, buildingGroups(em, point.building), g);
        a.alarmed(plan.alarmed(), plan.step(), plan.escalates() ? now.plusSeconds(escalation) : null, plan.callPolice());
        if (alarmClass != AlarmClass.RAMPAGE && !settings.cancelGrace().isZero()) {
            a.cancellableUntil(now.plus(settings.cancelGrace()));
        }
        em.persist(a);
        em.flush();
        w.append(AlarmEventType.RAISED, a, caller.name(), null, plan.added(), now);
        audit.record(caller, AuditAction.CREATE, MODULE, RECORD, String.valueOf(a.id()),
            alarmClass + (drill ? " drill" : "") + " at " + point.id + " to " + plan.alarmed());
        return a.toDto();
    }

    private Alarm join(AlarmJournal.Writer w, Caller caller, AlarmEntity a, AlarmClass alarmClass, String note,
                       LocalDateTime now) {
        AlarmClass upgraded = alarmClass.compareTo(a.alarmClass()) > 0 ? alarmClass : a.alarmClass();
        boolean upgrade = upgraded != a.alarmClass();
        a.joined(upgraded, note);
        List<String> added = List.of();
        if (upgrade) {
            Plan plan = Escalation.upgrade(upgraded, a.drill(), a.alarmedGroups(), a.step(), a.pointGroups(),
                buildingGroups(w.em(), a.place().building()), groups.current());
            LocalDateTime next = plan.escalates() && a.state() == AlarmState.RAISED
                ? now.plusSeconds(a.escalationSeconds()) : null;
            a.alarmed(plan.alarmed(), plan.step(), next, plan.callPolice());
            if (upgraded == AlarmClass.RAMPAGE) {
                a.cancellableUntil(null);
            }
            added = plan.added();
        }
        w.append(AlarmEventType.JOINED, a, caller.name(), upgrade ? "class raised to " + upgraded : note, added, now);
        audit.record(caller, AuditAction.UPDATE, MODULE, RECORD, String.valueOf(a.id()),
            "joined" + (upgrade ? ", class raised to " + upgraded : ""));
        return a.toDto();
    }

    private static Set<String> buildingGroups(EntityManager em, String building) {
        return new TreeSet<>(em.createQuery(
                "select distinct g from PointEntity p join p.groups g where p.place.building = :building", String.class)
            .setParameter("building", building).getResultList());
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Alarm get(Caller caller, long id) {
        Alarm alarm = jpa.txExpr(TransactionType.Supports, em -> {
            AlarmEntity a = em.find(AlarmEntity.class, id);
            if (a == null || !AlarmAccess.maySee(caller, a.raisedBy(), a.alarmedGroups(), groups.current())) {
                throw new NotFoundException("Alarm", id);
            }
            return a.toDto();
        });
        alarm.timeline = new ArrayList<>(log.timeline(id));
        return alarm;
    }

    @Override
    public Page<Alarm> list(Caller caller, AlarmState state, boolean openOnly, int offset, int limit) {
        Paging paging = Paging.of(offset, limit);
        List<AlarmState> states = state != null ? List.of(state)
            : openOnly ? List.of(AlarmState.RAISED, AlarmState.ACKNOWLEDGED) : List.of(AlarmState.values());
        boolean manager = AlarmAccess.isManager(caller);
        return jpa.txExpr(TransactionType.Supports, em -> {
            var q = em.createQuery("select a from AlarmEntity a where a.state in :states order by a.id desc", AlarmEntity.class)
                .setParameter("states", states);
            if (manager) {
                long total = em.createQuery("select count(a) from AlarmEntity a where a.state in :states", Long.class)
                    .setParameter("states", states).getSingleResult();
                List<Alarm> items = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                    .stream().map(AlarmEntity::toDto).toList();
                return new Page<>(items, paging.offset(), paging.limit(), total);
            }
            Groups g = groups.current();
            List<Alarm> mine = q.setMaxResults(PERSONAL_LIST_WINDOW).getResultList().stream()
                .filter(a -> AlarmAccess.maySee(caller, a.raisedBy(), a.alarmedGroups(), g))
                .map(AlarmEntity::toDto).toList();
            int from = Math.min(paging.offset(), mine.size());
            int to = Math.min(from + paging.limit(), mine.size());
            return new Page<>(mine.subList(from, to), paging.offset(), paging.limit(), mine.size());
        });
    }

    // ---------------------------------------------------------------- responders

    @Override
    public Alarm acknowledge(Caller caller, long id) {
        LocalDateTime now = UtcTimes.now(clock);
        return journal.write(w -> {
            AlarmEntity a = forResponder(w.em(), caller, id);
            if (a.state() == AlarmState.ACKNOWLEDGED) {
                throw new ConflictException("Alarm " + id + " is already acknowledged by " + a.acknowledgedBy(),
                    Map.of("currentState", a.state().name()));
            }
            requireOpen(a, "acknowledged");
            a.acknowledged(caller.name(), now);
            w.append(AlarmEventType.ACKNOWLEDGED, a, caller.name(), null, null, now);
            audit.record(caller, AuditAction.STATUS_CHANGE, MODULE, RECORD, String.valueOf(id), "ACKNOWLEDGED");
            return a.toDto();
        });
    }

    @Override
    public Alarm cancel(Caller caller, long id, AlarmCancel cancel) {
        Validator v = new Validator();
        String reason = v.requiredText("reason", cancel == null ? null : cancel.reason, 500);
        v.throwIfInvalid();
        LocalDateTime now = UtcTimes.now(clock);
        return journal.write(w -> {
            AlarmEntity a = lockedVisible(w.em(), caller, id);
            if (!caller.name().equals(a.raisedBy()) && !caller.hasRole(Roles.ADMIN)) {
                throw new ForbiddenException("Only the person who raised alarm " + id + " can cancel it; a responder closes it");
            }
            requireOpen(a, "cancelled");
            if (a.alarmClass() == AlarmClass.RAMPAGE) {
                throw new ConflictException("A rampage alarm cannot be cancelled; a responder closes it with an all-clear",
                    Map.of("currentState", a.state().name()));
            }
            if (a.cancellableUntilUtc() == null || now.isAfter(a.cancellableUntilUtc())) {
                throw new ConflictException("The grace period for cancelling alarm " + id + " has ended"
                    + (a.cancellableUntilUtc() == null ? "" : " (at " + UtcTimes.offset(a.cancellableUntilUtc()) + ")")
                    + "; a responder closes it with an all-clear", Map.of("currentState", a.state().name()));
            }
            a.cancelled(caller.name(), reason, now);
            w.append(AlarmEventType.CANCELLED, a, caller.name(), reason, null, now);
            audit.record(caller, AuditAction.STATUS_CHANGE, MODULE, RECORD, String.valueOf(id), "CANCELLED: " + reason);
            return a.toDto();
        });
    }

    @Override
    public Alarm close(Caller caller, long id, AlarmClose close) {
        Validator v = new Validator();
        String outcome = v.requiredText("outcome", close == null ? null : close.outcome, 2000);
        Integer level = v.range("level", close == null ? null : close.level, 0, 3);
        v.throwIfInvalid();
        LocalDateTime now = UtcTimes.now(clock);
        return journal.write(w -> {
            AlarmEntity a = forResponder(w.em(), caller, id);
            requireOpen(a, "closed");
            int closedLevel = level != null ? level : a.alarmClass().ordinal() + 1;
            a.closed(caller.name(), outcome, closedLevel, now);
            w.append(AlarmEventType.CLOSED, a, caller.name(), outcome, null, now);
            audit.record(caller, AuditAction.STATUS_CHANGE, MODULE, RECORD, String.valueOf(id), "CLOSED level " + closedLevel);
            return a.toDto();
        });
    }

    @Override
    public Alarm linkIncident(Caller caller, long id, long incidentId) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the system links incidents to alarms");
        }
        LocalDateTime now = UtcTimes.now(clock);
        return journal.write(w -> {
            AlarmEntity a = w.em().find(AlarmEntity.class, id);
            if (a == null) {
                throw new NotFoundException("Alarm", id);
            }
            if (a.incidentId() != null) {
                return a.toDto();
            }
            a.linkIncident(incidentId);
            w.append(AlarmEventType.INCIDENT_LINKED, a, caller.name(), String.valueOf(incidentId), null, now);
            audit.record(caller, AuditAction.UPDATE, MODULE, RECORD, String.valueOf(id), "incident " + incidentId);
            return a.toDto();
        });
    }

    /** The alarm a responder acts on: 404 when it does not exist, 403 when it is not meant for the caller's groups. */
    private AlarmEntity forResponder(EntityManager em, Caller caller, long id) {
        AlarmEntity a = em.find(AlarmEntity.class, id);
        if (a == null || !AlarmAccess.isManager(caller) && !caller.hasRole(Roles.RESPONDER)
            && !AlarmAccess.maySee(caller, a.raisedBy(), a.alarmedGroups(), groups.current())) {
            throw new NotFoundException("Alarm", id);
        }
        AlarmAccess.requireResponder(caller, a.alarmedGroups(), groups.current(), id);
        return a;
    }

    /** Reads the alarm for a change; the journal lets one change at a time through, so no row lock is needed. */
    private AlarmEntity lockedVisible(EntityManager em, Caller caller, long id) {
        AlarmEntity a = em.find(AlarmEntity.class, id);
        if (a == null || !AlarmAccess.maySee(caller, a.raisedBy(), a.alarmedGroups(), groups.current())) {
            throw new NotFoundException("Alarm", id);
        }
        return a;
    }

    private static void requireOpen(AlarmEntity a, String verb) {
        if (!a.state().isOpen()) {
            throw new ConflictException("Alarm " + a.id() + " is " + a.state() + " and cannot be " + verb,
                Map.of("currentState", a.state().name()));
        }
    }

    // ---------------------------------------------------------------- escalation

    private void tick() {
        try {
            escalateDue();
        } catch (RuntimeException e) {
            LOG.error("Escalation check failed; trying again in a second", e);
        }
    }

    /** Alarms the next group of every alarm whose acknowledgement is overdue; answers how many escalated. */
    public int escalateDue() {
        LocalDateTime now = UtcTimes.now(clock);
        List<Long> due = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select a.id from AlarmEntity a where a.state = :raised and a.nextEscalationUtc <= :now order by a.id", Long.class)
            .setParameter("raised", AlarmState.RAISED).setParameter("now", now).getResultList());
        int escalated = 0;
        for (Long id : due) {
            boolean done = journal.write(w -> {
                AlarmEntity a = w.em().find(AlarmEntity.class, id);
                if (a == null || a.state() != AlarmState.RAISED || a.nextEscalationUtc() == null
                    || a.nextEscalationUtc().isAfter(now)) {
                    return false;
                }
                Plan plan = Escalation.next(a.alarmedGroups(), a.step(), a.pointGroups(), groups.current());
                LocalDateTime next = plan.escalates() ? now.plusSeconds(a.escalationSeconds()) : null;
                a.alarmed(plan.alarmed(), plan.step(), next, plan.callPolice());
                String detail = "no acknowledgement within " + a.escalationSeconds() + " s"
                    + (plan.callPolice() ? "; central desk: call the police" : "");
                w.append(AlarmEventType.ESCALATED, a, SYSTEM, detail, plan.added(), now);
                audit.record(Caller.SYSTEM, AuditAction.STATUS_CHANGE, MODULE, RECORD, String.valueOf(id),
                    "ESCALATED to " + plan.added());
                return true;
            });
            if (done) {
                escalated++;
            }
        }
        return escalated;
    }
}
