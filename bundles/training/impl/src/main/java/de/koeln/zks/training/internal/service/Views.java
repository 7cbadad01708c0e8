package de.koeln.zks.training.internal.service;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.TrainingSession;
import de.koeln.zks.training.internal.jpa.CourseEntity;
import de.koeln.zks.training.internal.jpa.RegistrationEntity;
import de.koeln.zks.training.internal.jpa.SessionEntity;

/** Sessions and registrations as clients see them: with seat counts, course title and waiting position. */
final class Views {

    private Views() {
    }

    static TrainingSession session(EntityManager em, SessionEntity s, LocalDateTime now) {
        return sessions(em, List.of(s), now).get(0);
    }

    /** One query for the seat counts of all sessions, one find per course. */
    static List<TrainingSession> sessions(EntityManager em, List<SessionEntity> sessions, LocalDateTime now) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!sessions.isEmpty()) {
            List<Long> ids = sessions.stream().map(SessionEntity::id).toList();
            for (Object[] row : em.createQuery("SELECT r.sessionId, r.status, COUNT(r) FROM RegistrationEntity r "
                    + "WHERE r.sessionId IN :ids AND r.status IN :active GROUP BY r.sessionId, r.status", Object[].class)
                    .setParameter("ids", ids).setParameter("active", Seats.ACTIVE).getResultList()) {
                long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
                c[row[1] == RegistrationStatus.WAITLISTED ? 1 : 0] += ((Number) row[2]).longValue();
            }
        }
        Map<Long, CourseEntity> courses = new HashMap<>();
        return sessions.stream().map(s -> {
            TrainingSession dto = s.toDto(now);
            long[] c = counts.getOrDefault(s.id(), new long[2]);
            dto.taken = Math.toIntExact(c[0]);
            dto.waiting = Math.toIntExact(c[1]);
            dto.free = Math.max(0, s.capacity() - dto.taken);
            CourseEntity course = courses.computeIfAbsent(s.courseId(), id -> em.find(CourseEntity.class, id));
            if (course != null) {
                dto.courseTitle = course.title();
                dto.topic = course.topic();
            }
            return dto;
        }).toList();
    }

    static Registration registration(EntityManager em, RegistrationEntity r) {
        Registration dto = r.toDto();
        if (r.status() == RegistrationStatus.WAITLISTED) {
            dto.position = Seats.position(em, r);
        }
        SessionEntity s = em.find(SessionEntity.class, r.sessionId());
        if (s != null) {
            dto.startsAt = s.startsAt();
            CourseEntity course = em.find(CourseEntity.class, s.courseId());
            dto.courseTitle = course == null ? null : course.title();
        }
        return dto;
    }
}
