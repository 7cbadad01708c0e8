package de.koeln.zks.training.internal.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.internal.jpa.CourseEntity;
import de.koeln.zks.training.internal.jpa.RegistrationEntity;
import de.koeln.zks.training.internal.jpa.SessionEntity;

/**
 * The seats of a session, always counted and given under the lock of the session's row: registrations,
 * cancellations, rejections and capacity changes of one session run one after the other, so a session never
 * holds more seats than its capacity and the waiting list moves in its order.
 */
final class Seats {
    static final List<RegistrationStatus> HOLDING = List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING_APPROVAL);
    static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING_APPROVAL,
        RegistrationStatus.WAITLISTED);

    private Seats() {
    }

    /** The session, locked for this transaction. */
    static SessionEntity lock(EntityManager em, long sessionId) {
        SessionEntity session = em.find(SessionEntity.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return session;
    }

    static long taken(EntityManager em, long sessionId) {
        return em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.sessionId = :s AND r.status IN :holding",
            Long.class).setParameter("s", sessionId).setParameter("holding", HOLDING).getSingleResult();
    }

    /** The place on the waiting list, from 1. */
    static int position(EntityManager em, RegistrationEntity r) {
        if (r.status() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        return Math.toIntExact(em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.sessionId = :s "
                + "AND r.status = :waiting AND r.waitNumber <= :n", Long.class)
            .setParameter("s", r.sessionId()).setParameter("waiting", RegistrationStatus.WAITLISTED)
            .setParameter("n", r.waitNumber()).getSingleResult());
    }

    /** The first waiting registrations get the free seats, in their order; returns the promoted ones. */
    static List<RegistrationEntity> promote(EntityManager em, SessionEntity session, CourseEntity course, LocalDateTime now) {
        long free = session.capacity() - taken(em, session.id());
        List<RegistrationEntity> promoted = new ArrayList<>();
        if (free <= 0) {
            return promoted;
        }
        List<RegistrationEntity> next = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.sessionId = :s "
                + "AND r.status = :waiting ORDER BY r.waitNumber", RegistrationEntity.class)
            .setParameter("s", session.id()).setParameter("waiting", RegistrationStatus.WAITLISTED)
            .setMaxResults(Math.toIntExact(free)).getResultList();
        for (RegistrationEntity r : next) {
            r.moveTo(course.requiresApproval() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED, null, now);
            promoted.add(r);
        }
        return promoted;
    }
}
