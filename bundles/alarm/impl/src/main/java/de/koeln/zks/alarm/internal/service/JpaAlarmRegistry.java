package de.koeln.zks.alarm.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.api.ResponderGroup;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.alarm.internal.domain.Groups;
import de.koeln.zks.alarm.internal.domain.RegistryValidation;
import de.koeln.zks.alarm.internal.jpa.GroupEntity;
import de.koeln.zks.alarm.internal.jpa.PointEntity;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.Transactions;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;

/**
 * Alarm points and responder groups in the persistence unit {@code zks-alarm}, each change audited. The
 * groups are also kept in memory ({@link GroupsView}): every delivery and access check asks them.
 */
@Component(service = {AlarmRegistry.class, GroupsView.class})
public class JpaAlarmRegistry implements AlarmRegistry, GroupsView {
    static final String MODULE = "alarm";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final Clock clock;
    private volatile Groups groups = Groups.EMPTY;

    @Activate
    public JpaAlarmRegistry(@Reference(target = "(osgi.unit.name=" + EventLog.UNIT_NAME + ")") JpaTemplate jpa,
                            @Reference AuditService audit) {
        this(jpa, audit, Clock.systemUTC());
    }

    public JpaAlarmRegistry(JpaTemplate jpa, AuditService audit, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.clock = clock;
        reload();
    }

    @Override
    public Groups current() {
        return groups;
    }

    private void reload() {
        groups = new Groups(jpa.txExpr(TransactionType.Supports, em -> em
            .createQuery("select g from GroupEntity g", GroupEntity.class).getResultList()
            .stream().map(GroupEntity::toDto).toList()));
    }

    @Override
    public ResponderGroup createGroup(Caller caller, ResponderGroup group) {
        return storeGroup(caller, null, group, null, true);
    }

    @Override
    public ResponderGroup putGroup(Caller caller, String name, ResponderGroup group, Long expectedVersion) {
        return storeGroup(caller, name, group, expectedVersion, false);
    }

    /** Creates or replaces a group; {@code onlyNew} refuses an existing one (409) instead of replacing it. */
    private ResponderGroup storeGroup(Caller caller, String name, ResponderGroup group, Long expectedVersion,
                                      boolean onlyNew) {
        AlarmAccess.requireManager(caller);
        Validator v = new Validator();
        ResponderGroup clean = RegistryValidation.group(v, name, group);
        v.throwIfInvalid();
        ResponderGroup stored = write(em -> {
            GroupEntity e = em.find(GroupEntity.class, clean.name);
            boolean created = e == null;
            if (created) {
                e = new GroupEntity(clean.name);
                e.apply(clean);
                em.persist(e);
            } else if (onlyNew) {
                throw new ConflictException("The responder group " + clean.name + " exists already; PUT /api/alarm/groups/"
                    + clean.name + " changes it");
            } else {
                Versions.check(expectedVersion, e.version());
                e.apply(clean);
            }
            em.flush();
            audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, MODULE, "group", clean.name,
                "members " + clean.members);
            return e.toDto();
        });
        reload();
        return stored;
    }

    @Override
    public ResponderGroup group(Caller caller, String name) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            GroupEntity e = em.find(GroupEntity.class, name);
            if (e == null) {
                throw new NotFoundException("Responder group", name);
            }
            return e.toDto();
        });
    }

    @Override
    public List<ResponderGroup> groups(Caller caller) {
        return jpa.txExpr(TransactionType.Supports, em -> em
            .createQuery("select g from GroupEntity g order by g.name", GroupEntity.class).getResultList()
            .stream().map(GroupEntity::toDto).toList());
    }

    @Override
    public void deleteGroup(Caller caller, String name) {
        AlarmAccess.requireManager(caller);
        write(em -> {
            GroupEntity e = em.find(GroupEntity.class, name);
            if (e == null) {
                throw new NotFoundException("Responder group", name);
            }
            List<String> users = em.createQuery(
                    "select p.id from PointEntity p join p.groups g where g = :name order by p.id", String.class)
                .setParameter("name", name).setMaxResults(10).getResultList();
            if (!users.isEmpty()) {
                throw new ConflictException("The responder group " + name + " is named by the alarm points "
                    + String.join(", ", users) + "; change those first");
            }
            em.remove(e);
            audit.record(caller, AuditAction.DELETE, MODULE, "group", name, null);
            return null;
        });
        reload();
    }

    @Override
    public AlarmPoint createPoint(Caller caller, AlarmPoint point) {
        return storePoint(caller, null, point, null, true);
    }

    @Override
    public AlarmPoint putPoint(Caller caller, String id, AlarmPoint point, Long expectedVersion) {
        return storePoint(caller, id, point, expectedVersion, false);
    }

    /** Creates or replaces a point; {@code onlyNew} refuses an existing one (409) instead of replacing it. */
    private AlarmPoint storePoint(Caller caller, String id, AlarmPoint point, Long expectedVersion, boolean onlyNew) {
        AlarmAccess.requireManager(caller);
        Validator v = new Validator();
        AlarmPoint clean = RegistryValidation.point(v, id, point);
        v.throwIfInvalid();
        return write(em -> {
            requireGroups(em, clean);
            PointEntity e = em.find(PointEntity.class, clean.id);
            boolean created = e == null;
            if (created) {
                e = new PointEntity(clean.id);
                e.apply(clean);
                em.persist(e);
            } else if (onlyNew) {
                throw new ConflictException("The alarm point " + clean.id + " exists already; PUT /api/alarm/points/"
                    + clean.id + " changes it");
            } else {
                Versions.check(expectedVersion, e.version());
                e.apply(clean);
            }
            em.flush();
            audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, MODULE, "point", clean.id,
                "groups " + clean.groups);
            return e.toDto();
        });
    }

    private static void requireGroups(EntityManager em, AlarmPoint clean) {
        Validator v = new Validator();
        for (String g : clean.groups) {
            if (em.find(GroupEntity.class, g) == null) {
                v.reject("groups", "names the responder group " + g + ", which does not exist");
            }
        }
        v.throwIfInvalid();
    }

    @Override
    public AlarmPoint point(Caller caller, String id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toDto());
    }

    static PointEntity find(EntityManager em, String id) {
        PointEntity e = id == null ? null : em.find(PointEntity.class, id);
        if (e == null) {
            throw new NotFoundException("Alarm point", id);
        }
        return e;
    }

    @Override
    public Page<AlarmPoint> points(Caller caller, String building, int offset, int limit) {
        Paging paging = Paging.of(offset, limit);
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = building == null ? "" : " where p.place.building = :building";
            var q = em.createQuery("select p from PointEntity p" + where + " order by p.id", PointEntity.class);
            var c = em.createQuery("select count(p) from PointEntity p" + where, Long.class);
            if (building != null) {
                q.setParameter("building", building);
                c.setParameter("building", building);
            }
            List<AlarmPoint> items = q.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(PointEntity::toDto).toList();
            return new Page<>(items, paging.offset(), paging.limit(), c.getSingleResult());
        });
    }

    @Override
    public void deletePoint(Caller caller, String id) {
        AlarmAccess.requireManager(caller);
        write(em -> {
            PointEntity e = find(em, id);
            em.remove(e);
            audit.record(caller, AuditAction.DELETE, MODULE, "point", id, null);
            return null;
        });
    }

    @Override
    public void heartbeat(Caller caller, String pointId) {
        LocalDateTime now = UtcTimes.now(clock);
        write(em -> {
            find(em, pointId).heartbeat(now);
            return null;
        });
    }

    @Override
    public List<AlarmPoint> silentPoints(Caller caller, Duration silentFor) {
        AlarmAccess.requireManager(caller);
        LocalDateTime before = UtcTimes.now(clock).minus(silentFor);
        return jpa.txExpr(TransactionType.Supports, em -> em
            .createQuery("select p from PointEntity p where p.lastHeartbeatUtc < :before order by p.lastHeartbeatUtc",
                PointEntity.class).setParameter("before", before).getResultList()
            .stream().map(PointEntity::toDto).toList());
    }

    private <R> R write(java.util.function.Function<EntityManager, R> work) {
        return Transactions.retryOnContention(() -> jpa.txExpr(TransactionType.Required, work::apply));
    }
}
