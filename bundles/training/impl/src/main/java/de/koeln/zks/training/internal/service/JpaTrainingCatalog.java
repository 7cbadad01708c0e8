package de.koeln.zks.training.internal.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Paging;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.platform.support.Versions;
import de.koeln.zks.training.api.Course;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.SessionQuery;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingCatalog;
import de.koeln.zks.training.api.TrainingEvents;
import de.koeln.zks.training.api.TrainingSession;
import de.koeln.zks.training.api.UnitRisk;
import de.koeln.zks.training.internal.domain.TrainingAccess;
import de.koeln.zks.training.internal.domain.TrainingValidation;
import de.koeln.zks.training.internal.jpa.CourseEntity;
import de.koeln.zks.training.internal.jpa.RegistrationEntity;
import de.koeln.zks.training.internal.jpa.SessionEntity;
import de.koeln.zks.training.internal.jpa.UnitRiskEntity;

/** The catalogue, the sessions and the units' risk levels in the persistence unit {@code zks-training}. */
@Component(service = TrainingCatalog.class)
public class JpaTrainingCatalog implements TrainingCatalog {
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final TrainingEventPublisher events;
    private final Clock clock;

    @Activate
    public JpaTrainingCatalog(@Reference(target = TrainingTx.UNIT_TARGET) JpaTemplate jpa, @Reference AuditService audit,
            @Reference EventAdmin eventAdmin) {
        this(jpa, audit, eventAdmin, Clock.systemUTC());
    }

    JpaTrainingCatalog(JpaTemplate jpa, AuditService audit, EventAdmin eventAdmin, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = new TrainingEventPublisher(eventAdmin);
        this.clock = clock;
    }

    @Override
    public Course createCourse(Caller caller, Course course) {
        TrainingAccess.requireManager(caller, "keep the course catalogue");
        Course clean = validCourse(course);
        return TrainingTx.write(jpa, em -> {
            CourseEntity entity = new CourseEntity(clean, UtcTimes.now(clock));
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, TrainingTx.MODULE, "course", String.valueOf(entity.id()), clean.title);
            return entity.toDto();
        });
    }

    @Override
    public Course updateCourse(Caller caller, long id, Course course, Long expectedVersion) {
        TrainingAccess.requireManager(caller, "keep the course catalogue");
        Course clean = validCourse(course);
        return TrainingTx.write(jpa, em -> {
            CourseEntity entity = findCourse(em, id);
            Versions.check(expectedVersion, entity.version());
            entity.apply(clean, UtcTimes.now(clock));
            em.flush();
            audit.record(caller, AuditAction.UPDATE, TrainingTx.MODULE, "course", String.valueOf(id), clean.title);
            return entity.toDto();
        });
    }

    @Override
    public Course course(Caller caller, long id) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> findCourse(em, id).toDto());
    }

    @Override
    public List<Course> courses(Caller caller, boolean all) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> em.createQuery("SELECT c FROM CourseEntity c"
                + (all ? "" : " WHERE c.active = TRUE") + " ORDER BY c.title, c.id", CourseEntity.class)
            .getResultList().stream().map(CourseEntity::toDto).toList());
    }

    @Override
    public TrainingSession createSession(Caller caller, TrainingSession session) {
        TrainingAccess.requireManager(caller, "plan sessions");
        TrainingSession clean = validSession(session);
        return TrainingTx.write(jpa, em -> {
            CourseEntity course = em.find(CourseEntity.class, clean.course);
            if (course == null) {
                throw new ValidationException("course", "course " + clean.course + " does not exist");
            }
            if (!course.active()) {
                throw new ValidationException("course", "course " + clean.course + " is inactive");
            }
            LocalDateTime now = UtcTimes.now(clock);
            SessionEntity entity = new SessionEntity(clean, now);
            em.persist(entity);
            em.flush();
            audit.record(caller, AuditAction.CREATE, TrainingTx.MODULE, "session", String.valueOf(entity.id()),
                course.title() + " " + clean.startsAt);
            return Views.session(em, entity, now);
        });
    }

    private record Changed(TrainingSession session, List<Registration> promoted, boolean moved) {
    }

    @Override
    public TrainingSession updateSession(Caller caller, long id, TrainingSession session, Long expectedVersion) {
        TrainingAccess.requireManager(caller, "plan sessions");
        TrainingSession clean = validSession(session);
        Changed changed = TrainingTx.write(jpa, em -> {
            SessionEntity entity = Seats.lock(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.status() == SessionStatus.CANCELLED) {
                throw new ConflictException("Session " + id + " is cancelled");
            }
            if (clean.course != entity.courseId()) {
                throw new ValidationException("course", "a session stays with its course; plan a new session instead");
            }
            long taken = Seats.taken(em, id);
            if (clean.capacity < taken) {
                throw new ConflictException("Session " + id + " has " + taken + " seats taken; the capacity cannot go below that"
                    + " (cancel registrations first)");
            }
            LocalDateTime now = UtcTimes.now(clock);
            boolean moved = !UtcTimes.utc(clean.startsAt).equals(entity.startsUtc())
                || !UtcTimes.utc(clean.endsAt).equals(entity.endsUtc()) || !Objects.equals(clean.place, entity.place())
                || !Objects.equals(clean.link, entity.link());
            entity.apply(clean, now);
            CourseEntity course = findCourse(em, entity.courseId());
            List<Registration> promoted = Seats.promote(em, entity, course, now).stream()
                .map(r -> Views.registration(em, r)).toList();
            em.flush();
            audit.record(caller, AuditAction.UPDATE, TrainingTx.MODULE, "session", String.valueOf(id),
                clean.startsAt + ", capacity " + clean.capacity);
            return new Changed(Views.session(em, entity, now), promoted, moved);
        });
        changed.promoted().forEach(r -> events.registration(TrainingEvents.PROMOTED, r));
        if (changed.moved()) {
            events.session(TrainingEvents.SESSION_MOVED, id, null);
        }
        return changed.session();
    }

    private record Cancelled(TrainingSession session, List<Registration> registrations) {
    }

    @Override
    public TrainingSession cancelSession(Caller caller, long id, String reason, Long expectedVersion) {
        TrainingAccess.requireManager(caller, "cancel sessions");
        Validator v = new Validator();
        String why = TrainingValidation.reason(v, reason, true);
        v.throwIfInvalid();
        Cancelled cancelled = TrainingTx.write(jpa, em -> {
            SessionEntity entity = Seats.lock(em, id);
            Versions.check(expectedVersion, entity.version());
            if (entity.status() == SessionStatus.CANCELLED) {
                throw new ConflictException("Session " + id + " is already cancelled");
            }
            LocalDateTime now = UtcTimes.now(clock);
            entity.cancel(why, now);
            List<Registration> told = new ArrayList<>();
            for (RegistrationEntity r : em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s "
                    + "AND r.status IN :active", RegistrationEntity.class)
                    .setParameter("s", id).setParameter("active", Seats.ACTIVE).getResultList()) {
                r.moveTo(RegistrationStatus.CANCELLED, "Termin abgesagt: " + why, now);
                told.add(r.toDto());
            }
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, TrainingTx.MODULE, "session", String.valueOf(id),
                "cancelled, " + told.size() + " registrations");
            return new Cancelled(Views.session(em, entity, now), told);
        });
        events.session(TrainingEvents.SESSION_CANCELLED, id, why);
        cancelled.registrations().forEach(r -> events.registration(TrainingEvents.CANCELLED, r));
        return cancelled.session();
    }

    @Override
    public TrainingSession session(Caller caller, long id) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> {
            SessionEntity entity = em.find(SessionEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("Session", id);
            }
            return Views.session(em, entity, UtcTimes.now(clock));
        });
    }

    @Override
    public Page<TrainingSession> sessions(Caller caller, SessionQuery query, int offset, int limit) {
        TrainingAccess.requireStaff(caller);
        Paging paging = Paging.of(offset, limit);
        SessionQuery q = query == null ? new SessionQuery() : query;
        // no "1 = 1" to start with: EclipseLink would write the values into the SQL (architecture, "Cure 4")
        List<String> conditions = new ArrayList<>();
        if (q.course != null) {
            conditions.add("s.courseId = :course");
        }
        if (q.from != null) {
            conditions.add("s.startsUtc >= :from");
        }
        if (q.to != null) {
            conditions.add("s.startsUtc < :to");
        }
        if (q.status != null) {
            conditions.add("s.status = :status");
        }
        if (q.trainer != null) {
            conditions.add("s.trainer = :trainer");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return TrainingTx.read(jpa, em -> {
            TypedQuery<SessionEntity> page = em.createQuery("SELECT s FROM SessionEntity s" + where
                + " ORDER BY s.startsUtc, s.id", SessionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM SessionEntity s" + where, Long.class);
            for (TypedQuery<?> tq : List.of(page, count)) {
                if (q.course != null) {
                    tq.setParameter("course", q.course);
                }
                if (q.from != null) {
                    tq.setParameter("from", UtcTimes.utc(q.from));
                }
                if (q.to != null) {
                    tq.setParameter("to", UtcTimes.utc(q.to));
                }
                if (q.status != null) {
                    tq.setParameter("status", q.status);
                }
                if (q.trainer != null) {
                    tq.setParameter("trainer", q.trainer);
                }
            }
            List<SessionEntity> found = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList();
            return new Page<>(Views.sessions(em, found, UtcTimes.now(clock)), paging.offset(), paging.limit(),
                count.getSingleResult());
        });
    }

    @Override
    public UnitRisk setUnitRisk(Caller caller, String unit, int riskLevel, Long expectedVersion) {
        TrainingAccess.requireManager(caller, "set the risk levels of units");
        Validator v = new Validator();
        String name = v.requiredText("unit", unit, TrainingValidation.MAX_UNIT);
        v.range("riskLevel", riskLevel, 0, 3);
        v.throwIfInvalid();
        return TrainingTx.write(jpa, em -> {
            UnitRiskEntity entity = em.find(UnitRiskEntity.class, name);
            if (entity == null) {
                entity = new UnitRiskEntity(name);
                entity.set(riskLevel, caller.name(), UtcTimes.now(clock));
                em.persist(entity);
            } else {
                Versions.check(expectedVersion, entity.version());
                entity.set(riskLevel, caller.name(), UtcTimes.now(clock));
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, TrainingTx.MODULE, "unit-risk", name, "level " + riskLevel);
            return entity.toDto();
        });
    }

    @Override
    public List<UnitRisk> unitRisks(Caller caller) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> em.createQuery("SELECT u FROM UnitRiskEntity u ORDER BY u.unit", UnitRiskEntity.class)
            .getResultList().stream().map(UnitRiskEntity::toDto).toList());
    }

    static CourseEntity findCourse(EntityManager em, long id) {
        CourseEntity course = em.find(CourseEntity.class, id);
        if (course == null) {
            throw new NotFoundException("Course", id);
        }
        return course;
    }

    private static Course validCourse(Course course) {
        Validator v = new Validator();
        Course clean = TrainingValidation.course(v, course);
        v.throwIfInvalid();
        return clean;
    }

    private static TrainingSession validSession(TrainingSession session) {
        Validator v = new Validator();
        TrainingSession clean = TrainingValidation.session(v, session);
        v.throwIfInvalid();
        return clean;
    }
}
