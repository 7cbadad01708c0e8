package de.koeln.zks.incidents.internal.jpa;

import de.koeln.zks.platform.support.UtcTimes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Query;

import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.internal.domain.BuildingKey;

/** A JPQL {@code WHERE} clause over {@code IncidentEntity e} with its parameters; portable JPQL only. */
public final class Where {
    // no "1 = 1" to start with: EclipseLink stops binding parameters on Derby/DB2 when a condition compares
    // literals, and then the database compiles every query anew
    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** The conditions of an incident filter; empty sets and nulls add nothing. */
    public static Where of(IncidentQuery q) {
        Where w = new Where();
        w.and("e.occurredUtc >= :from", "from", UtcTimes.utc(q.from));
        w.and("e.occurredUtc < :to", "to", UtcTimes.utc(q.to));
        w.in("e.unit", "unit", q.units);
        w.in("e.kind", "kind", q.kinds);
        w.in("e.level", "level", q.levels);
        w.in("e.status", "status", q.statuses);
        w.and("e.reportedBy = :reportedBy", "reportedBy", q.reportedBy);
        w.and("e.buildingKey = :building", "building", BuildingKey.of(q.building));
        return w;
    }

    /** Adds {@code condition} with its parameter unless the value is null or an empty collection. */
    public Where and(String condition, String param, Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return this;
        }
        clause.append(clause.length() == 0 ? " WHERE " : " AND ").append(condition);
        params.put(param, value instanceof Collection<?> c ? new ArrayList<>(c) : value);
        return this;
    }

    /**
     * {@code attribute IN (:p0, :p1, ...)} with one parameter per value: every parameter is bound, so the
     * database compiles each query shape once (a collection-valued parameter made EclipseLink write the
     * values into the SQL, and Derby compiled every list request anew).
     */
    public Where in(String attribute, String param, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        if (values.size() == 1) {
            // an equality lets the database's optimizer use the column's statistics, an IN list does not
            return and(attribute + " = :" + param, param, values.iterator().next());
        }
        StringBuilder names = new StringBuilder();
        int i = 0;
        for (Object value : values) {
            String name = param + i++;
            names.append(names.length() == 0 ? ":" : ", :").append(name);
            params.put(name, value);
        }
        clause.append(clause.length() == 0 ? " WHERE " : " AND ").append(attribute).append(" IN (").append(names).append(')');
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
