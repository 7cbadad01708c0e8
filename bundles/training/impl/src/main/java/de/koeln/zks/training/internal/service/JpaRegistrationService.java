package de.koeln.zks.training.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationService;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingEvents;
import de.koeln.zks.training.internal.domain.TrainingAccess;
import de.koeln.zks.training.internal.domain.TrainingValidation;
import de.koeln.zks.training.internal.jpa.CourseEntity;
import de.koeln.zks.training.internal.jpa.RecordEntity;
import de.koeln.zks.training.internal.jpa.RegistrationEntity;
import de.koeln.zks.training.internal.jpa.SessionEntity;

/**
 * Registrations in the persistence unit {@code zks-training}. Every change of a session's seats locks the
 * session's row first ({@link Seats}); a freed seat is given to the next on the waiting list in the same
 * transaction, so the next read already shows the promotion.
 */
@Component(service = RegistrationService.class)
public class JpaRegistrationService implements RegistrationService {
    static final String RECORD = "registration";
    static final String SOURCE_SESSION = "SESSION";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final UserDirectory users;
    private final TrainingEventPublisher events;
    private final Clock clock;

    @Activate
    public JpaRegistrationService(@Reference(target = TrainingTx.UNIT_TARGET) JpaTemplate jpa,
            @Reference AuditService audit, @Reference UserDirectory users, @Reference EventAdmin eventAdmin) {
        this(jpa, audit, users, eventAdmin, Clock.systemUTC());
    }

    JpaRegistrationService(JpaTemplate jpa, AuditService audit, UserDirectory users, EventAdmin eventAdmin, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.users = users;
        this.events = new TrainingEventPublisher(eventAdmin);
        this.clock = clock;
    }

    /** What a change did: the registration, and whom it moved up. */
    private record Outcome(Registration registration, List<Registration> promoted) {
    }

    @Override
    public Registration register(Caller caller, long sessionId, String participant) {
        TrainingAccess.requireStaff(caller);
        Validator v = new Validator();
        String who = participant == null || participant.isBlank() ? caller.name()
            : v.requiredText("participant", participant, 128);
        v.throwIfInvalid();
        if (!who.equals(caller.name()) && !TrainingAccess.isManager(caller)
                && !TrainingAccess.managesUnitOf(caller, users.unitsOf(caller.name()), users.unitsOf(who))) {
            throw new ForbiddenException("User " + caller.name() + " may register only themself"
                + " (unit managers: staff of their units)");
        }
        Registration made = TrainingTx.write(jpa, em -> {
            SessionEntity session = Seats.lock(em, sessionId);
            LocalDateTime now = UtcTimes.now(clock);
            if (session.status() == SessionStatus.CANCELLED) {
                throw new ConflictException("Session " + sessionId + " is cancelled");
            }
            if (!now.isBefore(session.deadlineUtc())) {
                throw new ConflictException("Registration for session " + sessionId + " closed at "
                    + UtcTimes.offset(session.deadlineUtc()));
            }
            List<RegistrationEntity> existing = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s "
                    + "AND r.participant = :p AND r.status IN :active", RegistrationEntity.class)
                .setParameter("s", sessionId).setParameter("p", who).setParameter("active", Seats.ACTIVE).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException(who + " is already registered for session " + sessionId + " (registration "
                    + existing.get(0).id() + ", " + existing.get(0).status() + ")");
            }
            CourseEntity course = JpaTrainingCatalog.findCourse(em, session.courseId());
            boolean seat = Seats.taken(em, sessionId) < session.capacity();
            RegistrationStatus status = !seat ? RegistrationStatus.WAITLISTED
                : course.requiresApproval() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
            RegistrationEntity r = new RegistrationEntity(sessionId, who, caller.name(), status,
                seat ? null : session.takeWaitNumber(), now);
            em.persist(r);
            em.flush();
            audit.record(caller, AuditAction.CREATE, TrainingTx.MODULE, RECORD, String.valueOf(r.id()),
                "session " + sessionId + ", " + status);
            return Views.registration(em, r);
        });
        events.registration(TrainingEvents.REGISTERED, made);
        return made;
    }

    @Override
    public Registration cancel(Caller caller, long registrationId, String reason) {
        TrainingAccess.requireStaff(caller);
        Validator v = new Validator();
        String why = TrainingValidation.reason(v, reason, false);
        v.throwIfInvalid();
        Outcome outcome = TrainingTx.write(jpa, em -> {
            RegistrationEntity r = lockedRegistration(em, registrationId);
            if (!caller.name().equals(r.participant()) && !caller.name().equals(r.registeredBy())
                    && !TrainingAccess.isManager(caller) && !managesParticipant(caller, r.participant())) {
                throw new NotFoundException("Registration", registrationId);
            }
            if (!Seats.ACTIVE.contains(r.status())) {
                throw new ConflictException("Registration " + registrationId + " is already " + r.status());
            }
            SessionEntity session = em.find(SessionEntity.class, r.sessionId());
            LocalDateTime now = UtcTimes.now(clock);
            if (!now.isBefore(session.startsUtc())) {
                throw new ConflictException("Session " + session.id() + " has begun; the trainer records attendance instead");
            }
            boolean heldSeat = Seats.HOLDING.contains(r.status());
            r.moveTo(RegistrationStatus.CANCELLED, why, now);
            List<RegistrationEntity> promoted = heldSeat
                ? Seats.promote(em, session, JpaTrainingCatalog.findCourse(em, session.courseId()), now) : List.of();
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, TrainingTx.MODULE, RECORD, String.valueOf(registrationId),
                "cancelled" + (promoted.isEmpty() ? "" : ", promoted " + promoted.get(0).id()));
            return new Outcome(Views.registration(em, r), promoted.stream().map(p -> Views.registration(em, p)).toList());
        });
        publish(TrainingEvents.CANCELLED, outcome);
        return outcome.registration();
    }

    @Override
    public Registration approve(Caller caller, long registrationId) {
        return decide(caller, registrationId, true, null);
    }

    @Override
    public Registration reject(Caller caller, long registrationId, String reason) {
        Validator v = new Validator();
        String why = TrainingValidation.reason(v, reason, true);
        v.throwIfInvalid();
        return decide(caller, registrationId, false, why);
    }

    private Registration decide(Caller caller, long registrationId, boolean approve, String why) {
        TrainingAccess.requireStaff(caller);
        Outcome outcome = TrainingTx.write(jpa, em -> {
            RegistrationEntity r = lockedRegistration(em, registrationId);
            if (!TrainingAccess.isManager(caller) && !managesParticipant(caller, r.participant())) {
                throw new ForbiddenException("Only the participant's unit manager or a security manager may "
                    + (approve ? "approve" : "reject") + " registration " + registrationId);
            }
            if (r.status() != RegistrationStatus.PENDING_APPROVAL) {
                throw new ConflictException("Registration " + registrationId + " is " + r.status() + ", not "
                    + RegistrationStatus.PENDING_APPROVAL);
            }
            LocalDateTime now = UtcTimes.now(clock);
            List<RegistrationEntity> promoted = List.of();
            if (approve) {
                r.moveTo(RegistrationStatus.CONFIRMED, null, now);
            } else {
                r.moveTo(RegistrationStatus.REJECTED, why, now);
                SessionEntity session = em.find(SessionEntity.class, r.sessionId());
                promoted = Seats.promote(em, session, JpaTrainingCatalog.findCourse(em, session.courseId()), now);
            }
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, TrainingTx.MODULE, RECORD, String.valueOf(registrationId),
                approve ? "approved" : "rejected");
            List<RegistrationEntity> moved = promoted;
            return new Outcome(Views.registration(em, r), moved.stream().map(p -> Views.registration(em, p)).toList());
        });
        publish(TrainingEvents.DECIDED, outcome);
        return outcome.registration();
    }

    @Override
    public Registration promote(Caller caller, long registrationId) {
        TrainingAccess.requireManager(caller, "promote registrants ahead of the waiting list");
        Registration promoted = TrainingTx.write(jpa, em -> {
            RegistrationEntity r = lockedRegistration(em, registrationId);
            if (r.status() != RegistrationStatus.WAITLISTED) {
                throw new ConflictException("Registration " + registrationId + " is " + r.status() + ", not "
                    + RegistrationStatus.WAITLISTED);
            }
            SessionEntity session = em.find(SessionEntity.class, r.sessionId());
            LocalDateTime now = UtcTimes.now(clock);
            if (Seats.taken(em, session.id()) >= session.capacity()) {
                session.addSeat(now);
            }
            CourseEntity course = JpaTrainingCatalog.findCourse(em, session.courseId());
            r.moveTo(course.requiresApproval() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED,
                null, now);
            em.flush();
            audit.record(caller, AuditAction.STATUS_CHANGE, TrainingTx.MODULE, RECORD, String.valueOf(registrationId),
                "promoted by hand, capacity " + session.capacity());
            return Views.registration(em, r);
        });
        events.registration(TrainingEvents.PROMOTED, promoted);
        return promoted;
    }

    @Override
    public Registration recordAttendance(Caller caller, long registrationId, boolean attended) {
        TrainingAccess.requireStaff(caller);
        Registration recorded = TrainingTx.write(jpa, em -> {
            RegistrationEntity r = em.find(RegistrationEntity.class, registrationId);
            if (r == null) {
                throw new NotFoundException("Registration", registrationId);
            }
            SessionEntity session = em.find(SessionEntity.class, r.sessionId());
            if (!TrainingAccess.isManager(caller) && !TrainingAccess.isTrainerOf(caller, session.trainer())) {
                throw new ForbiddenException("Only the trainer of session " + session.id()
                    + " or a security manager records its attendance");
            }
            if (r.status() != RegistrationStatus.CONFIRMED) {
                throw new ConflictException("Registration " + registrationId + " is " + r.status()
                    + "; attendance is recorded for confirmed seats");
            }
            LocalDateTime now = UtcTimes.now(clock);
            if (now.isBefore(session.startsUtc())) {
                throw new ConflictException("Session " + session.id() + " begins at " + session.startsAt()
                    + "; attendance is recorded from then on");
            }
            r.attendance(attended, caller.name(), now);
            String reference = "session-" + session.id();
            List<RecordEntity> records = em.createQuery("SELECT t FROM RecordEntity t WHERE t.participant = :p "
                    + "AND t.reference = :ref", RecordEntity.class)
                .setParameter("p", r.participant()).setParameter("ref", reference).getResultList();
            if (attended && records.isEmpty()) {
                CourseEntity course = JpaTrainingCatalog.findCourse(em, session.courseId());
                LocalDate on = session.startsAt().toLocalDate();
                em.persist(new RecordEntity(r.participant(), course.id(), course.title(), course.topic(), on,
                    course.refresherMonths() == null ? null : on.plusMonths(course.refresherMonths()), SOURCE_SESSION,
                    reference));
            } else if (!attended) {
                records.forEach(em::remove);
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, TrainingTx.MODULE, RECORD, String.valueOf(registrationId),
                attended ? "attended" : "no-show");
            return Views.registration(em, r);
        });
        events.registration(TrainingEvents.ATTENDED, recorded);
        return recorded;
    }

    @Override
    public Registration registration(Caller caller, long registrationId) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> {
            RegistrationEntity r = em.find(RegistrationEntity.class, registrationId);
            if (r == null || !maySee(em, caller, r)) {
                throw new NotFoundException("Registration", registrationId);
            }
            return Views.registration(em, r);
        });
    }

    @Override
    public List<Registration> registrations(Caller caller, long sessionId) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> {
            SessionEntity session = em.find(SessionEntity.class, sessionId);
            if (session == null) {
                throw new NotFoundException("Session", sessionId);
            }
            if (!TrainingAccess.isManager(caller) && !TrainingAccess.isTrainerOf(caller, session.trainer())) {
                throw new ForbiddenException("The registrants of session " + sessionId
                    + " are visible to its trainer and security managers only");
            }
            List<RegistrationEntity> all = new ArrayList<>(em.createQuery("SELECT r FROM RegistrationEntity r "
                    + "WHERE r.sessionId = :s", RegistrationEntity.class).setParameter("s", sessionId).getResultList());
            all.sort(Comparator.comparingInt((RegistrationEntity r) -> order(r.status()))
                .thenComparing(r -> r.waitNumber() == null ? 0L : r.waitNumber()).thenComparing(RegistrationEntity::id));
            return all.stream().map(r -> Views.registration(em, r)).toList();
        });
    }

    @Override
    public List<Registration> mine(Caller caller) {
        TrainingAccess.requireStaff(caller);
        return TrainingTx.read(jpa, em -> em.createQuery("SELECT r FROM RegistrationEntity r, SessionEntity s "
                + "WHERE s.id = r.sessionId AND r.participant = :p ORDER BY s.startsUtc, r.id", RegistrationEntity.class)
            .setParameter("p", caller.name()).getResultList().stream().map(r -> Views.registration(em, r)).toList());
    }

    /** Seat holders first, then the waiting list, then the ended ones. */
    private static int order(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED, PENDING_APPROVAL -> 0;
            case WAITLISTED -> 1;
            default -> 2;
        };
    }

    /** The registration, read again under the lock of its session. */
    private static RegistrationEntity lockedRegistration(EntityManager em, long registrationId) {
        Long sessionId = em.createQuery("SELECT r.sessionId FROM RegistrationEntity r WHERE r.id = :id", Long.class)
            .setParameter("id", registrationId).getResultList().stream().findFirst()
            .orElseThrow(() -> new NotFoundException("Registration", registrationId));
        Seats.lock(em, sessionId);
        RegistrationEntity r = em.find(RegistrationEntity.class, registrationId);
        em.refresh(r);
        return r;
    }

    private boolean maySee(EntityManager em, Caller caller, RegistrationEntity r) {
        if (caller.name().equals(r.participant()) || caller.name().equals(r.registeredBy()) || TrainingAccess.isManager(caller)) {
            return true;
        }
        SessionEntity session = em.find(SessionEntity.class, r.sessionId());
        return session != null && TrainingAccess.isTrainerOf(caller, session.trainer()) || managesParticipant(caller, r.participant());
    }

    private boolean managesParticipant(Caller caller, String participant) {
        return TrainingAccess.managesUnitOf(caller, users.unitsOf(caller.name()), users.unitsOf(participant));
    }


    private void publish(String topic, Outcome outcome) {
        events.registration(topic, outcome.registration());
        outcome.promoted().forEach(p -> events.registration(TrainingEvents.PROMOTED, p));
    }
}
