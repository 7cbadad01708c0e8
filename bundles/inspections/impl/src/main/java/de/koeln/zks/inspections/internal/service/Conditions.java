package de.koeln.zks.inspections.internal.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Query;

/**
 * A JPQL {@code WHERE} clause with its parameters, every value bound. No {@code 1 = 1} to start with: with a condition
 * that compares literals EclipseLink stops binding on Derby and writes every value into the SQL, and then Derby compiles
 * each list request anew (a new date, unit or page is a new statement).
 */
final class Conditions {
    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition} with its parameter unless the value is null. */
    Conditions and(String condition, String param, Object value) {
        if (value != null) {
            clause.append(clause.length() == 0 ? " WHERE " : " AND ").append(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Adds a condition with several parameters (all bound), e.g. an {@code OR} of two. */
    Conditions and(String condition, Map<String, Object> values) {
        clause.append(clause.length() == 0 ? " WHERE " : " AND ").append(condition);
        params.putAll(values);
        return this;
    }

    /** {@code (:p0, :p1, ...)} for the values, each bound as a parameter of its own. */
    String list(String param, Collection<?> values) {
        StringBuilder names = new StringBuilder("(");
        int i = 0;
        for (Object value : values) {
            String name = param + i++;
            names.append(i == 1 ? ":" : ", :").append(name);
            params.put(name, value);
        }
        return names.append(')').toString();
    }

    /** {@code attribute IN (:p0, :p1, ...)}, one parameter per value (a collection parameter is written as literals). */
    Conditions in(String attribute, String param, Collection<?> values) {
        if (values.size() == 1) {
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

    /** The clause with its values: the same key means the same rows. */
    String key() {
        return clause + " " + params;
    }

    String jpql() {
        return clause.toString();
    }

    <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
