package de.koeln.zks.incidents.internal.jpa;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.internal.domain.Access;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.Sorting;

/** The JPQL of the incidents unit, in one place. */
public final class IncidentQueries {
    /** The sortable fields of a list and their attributes. */
    public static final Map<String, String> SORTABLE = sortable();
    public static final String DEFAULT_SORT = "-occurredAt";

    private static final String FROM = " FROM IncidentEntity e";
    /** EclipseLink's hint for results that are only read: no copies kept for change tracking. */
    private static final String READ_ONLY = "eclipselink.read-only";

    private IncidentQueries() {
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("occurredAt", "e.occurredUtc");
        m.put("reportedAt", "e.reportedUtc");
        m.put("level", "e.level");
        m.put("id", "e.id");
        return Collections.unmodifiableMap(m);
    }

    /** The incident if the caller may see it; otherwise "not found", so that its existence does not leak. */
    public static IncidentEntity visible(EntityManager em, Caller caller, long id) {
        return findVisible(em, caller, id).orElseThrow(() -> new NotFoundException("Incident", id));
    }

    public static Optional<IncidentEntity> findVisible(EntityManager em, Caller caller, long id) {
        IncidentEntity e = em.find(IncidentEntity.class, id);
        return e != null && Access.maySee(caller, e.reportedBy()) ? Optional.of(e) : Optional.empty();
    }

    public static Optional<IncidentEntity> byIdempotencyKey(EntityManager em, String reporter, String key) {
        return em.createQuery("SELECT e" + FROM + " WHERE e.reportedBy = :reporter AND e.idempotencyKey = :key",
                IncidentEntity.class)
            .setParameter("reporter", reporter).setParameter("key", key)
            .getResultList().stream().findFirst();
    }

    public static long count(EntityManager em, Where where) {
        return where.bind(em.createQuery("SELECT COUNT(e)" + FROM + where.jpql(), Long.class)).getSingleResult();
    }

    public static List<IncidentEntity> page(EntityManager em, Where where, Sorting sorting, int offset, int limit) {
        return where.bind(em.createQuery("SELECT e" + FROM + where.jpql() + orderBy(sorting), IncidentEntity.class))
            .setHint(READ_ONLY, Boolean.TRUE)
            .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    static String orderBy(Sorting sorting) {
        StringBuilder order = new StringBuilder(" ORDER BY ");
        boolean byId = false;
        for (Sorting.Key key : sorting.keys()) {
            order.append(SORTABLE.get(key.field())).append(key.descending() ? " DESC" : " ASC").append(", ");
            byId |= key.field().equals("id");
        }
        if (!byId) {
            order.append("e.id DESC, ");
        }
        return order.substring(0, order.length() - 2);
    }

    /** {@code [COUNT, MAX(id)]} of the matches. */
    public static Object[] countAndMaxId(EntityManager em, Where where) {
        return where.bind(em.createQuery("SELECT COUNT(e), MAX(e.id)" + FROM + where.jpql(), Object[].class))
            .getSingleResult();
    }

    /** The next page of an export: ids after {@code afterId} up to {@code maxId}, ascending. */
    public static List<IncidentEntity> exportPage(EntityManager em, IncidentQuery query, long afterId, long maxId,
            int limit) {
        Where w = Where.of(query).and("e.id > :afterId", "afterId", afterId).and("e.id <= :maxId", "maxId", maxId);
        return w.bind(em.createQuery("SELECT e" + FROM + w.jpql() + " ORDER BY e.id", IncidentEntity.class))
            .setMaxResults(limit).getResultList();
    }

    /** {@code [value, COUNT]} rows grouped by {@code attribute} (e.g. {@code e.level}). */
    public static List<Object[]> countBy(EntityManager em, Where where, String attribute) {
        return where.bind(em.createQuery("SELECT " + attribute + ", COUNT(e)" + FROM + where.jpql()
            + " GROUP BY " + attribute, Object[].class)).getResultList();
    }

    public static List<StatusChangeEntity> history(EntityManager em, long incidentId) {
        return em.createQuery("SELECT s FROM StatusChangeEntity s WHERE s.incidentId = :id ORDER BY s.atUtc, s.id",
            StatusChangeEntity.class).setParameter("id", incidentId).getResultList();
    }

    public static List<MeasureEntity> measures(EntityManager em, long incidentId) {
        return em.createQuery("SELECT m FROM MeasureEntity m WHERE m.incidentId = :id ORDER BY m.id",
            MeasureEntity.class).setParameter("id", incidentId).getResultList();
    }

    public static List<CommentEntity> comments(EntityManager em, long incidentId) {
        return em.createQuery("SELECT c FROM CommentEntity c WHERE c.incidentId = :id ORDER BY c.atUtc, c.id",
            CommentEntity.class).setParameter("id", incidentId).getResultList();
    }

    /** Ids of closed or rejected incidents, not yet erased, whose last status change is before {@code cutoff}. */
    public static List<Long> expired(EntityManager em, LocalDateTime cutoff) {
        return em.createQuery("SELECT e.id" + FROM + " WHERE e.erased = FALSE AND e.status IN :final"
                + " AND e.statusChangedUtc < :cutoff ORDER BY e.id", Long.class)
            .setParameter("final", List.copyOf(EnumSet.of(IncidentStatus.CLOSED, IncidentStatus.REJECTED)))
            .setParameter("cutoff", cutoff).getResultList();
    }

    /** Retention of what hangs on an incident: comment texts, and the reporter's name in its history. */
    public static void eraseNotes(EntityManager em, long incidentId, String reporter) {
        em.createQuery("UPDATE CommentEntity c SET c.text = :erased WHERE c.incidentId = :id")
            .setParameter("erased", IncidentEntity.ERASED_TEXT).setParameter("id", incidentId).executeUpdate();
        if (reporter != null) {
            em.createQuery("UPDATE StatusChangeEntity s SET s.changedBy = NULL WHERE s.incidentId = :id"
                    + " AND s.changedBy = :reporter")
                .setParameter("id", incidentId).setParameter("reporter", reporter).executeUpdate();
        }
    }

    /** Those of {@code ids} that name no incident. */
    public static List<Long> missing(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> found = em.createQuery("SELECT e.id" + FROM + " WHERE e.id IN :ids", Long.class)
            .setParameter("ids", ids).getResultList();
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }

    /** Every incident named in {@code field} must exist; each missing one is named by its position. */
    public static void requireExisting(EntityManager em, String field, List<Long> ids) {
        List<Long> missing = missing(em, ids);
        if (!missing.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (Long id : missing) {
                errors.add(new FieldError(field + "[" + ids.indexOf(id) + "]", "incident " + id + " does not exist"));
            }
            throw new ValidationException(errors);
        }
    }
}
