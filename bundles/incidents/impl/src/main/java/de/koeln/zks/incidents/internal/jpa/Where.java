package de.koeln.zks.incidents.internal.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Query;

import de.koeln.zks.incidents.api.IncidentQuery;

/** A JPQL {@code WHERE} clause over {@code IncidentEntity e} with its parameters; portable JPQL only. */
public final class Where {
    private final StringBuilder clause = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** The conditions of an incident filter; empty sets and nulls add nothing. */
    public static Where of(IncidentQuery q) {
        Where w = new Where();
        w.and("e.occurredUtc >= :from", "from", UtcTimes.utc(q.from));
        w.and("e.occurredUtc < :to", "to", UtcTimes.utc(q.to));
        w.and("e.unit IN :units", "units", q.units);
        w.and("e.kind IN :kinds", "kinds", q.kinds);
        w.and("e.level IN :levels", "levels", q.levels);
        w.and("e.status IN :statuses", "statuses", q.statuses);
        w.and("e.reportedBy = :reportedBy", "reportedBy", q.reportedBy);
        return w;
    }

    /** Adds {@code condition} with its parameter unless the value is null or an empty collection. */
    public Where and(String condition, String param, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        clause.append(" AND ").append(condition);
        params.put(param, value instanceof Collection<?> c ? new ArrayList<>(c) : value);
        return this;
    }

    public Where before(String attribute, LocalDateTime time) {
        return and(attribute + " < :before", "before", time);
    }

    public String jpql() {
        return clause.toString();
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
