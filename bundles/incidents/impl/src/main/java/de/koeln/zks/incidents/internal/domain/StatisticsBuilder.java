package de.koeln.zks.incidents.internal.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.api.IncidentStatus;

/**
 * Assembles {@link IncidentStatistics} from grouped counts: every level 0-3, every kind and every status is
 * present (0 when none), units and months sorted; the total is the sum over the statuses.
 */
public final class StatisticsBuilder {
    private final IncidentStatistics stats = new IncidentStatistics();

    public StatisticsBuilder(OffsetDateTime from, OffsetDateTime to) {
        stats.from = from;
        stats.to = to;
        stats.byLevel = new TreeMap<>();
        for (int level = 0; level <= 3; level++) {
            stats.byLevel.put(level, 0L);
        }
        stats.byKind = new LinkedHashMap<>();
        for (IncidentKind kind : IncidentKind.values()) {
            stats.byKind.put(kind.name(), 0L);
        }
        stats.byStatus = new LinkedHashMap<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            stats.byStatus.put(status.name(), 0L);
        }
        stats.byUnit = new TreeMap<>();
        stats.byMonth = new TreeMap<>();
    }

    public StatisticsBuilder level(Number level, Number count) {
        add(stats.byLevel, level.intValue(), count);
        return this;
    }

    /** @param kind an {@link IncidentKind} or its name */
    public StatisticsBuilder kind(Object kind, Number count) {
        add(stats.byKind, name(kind), count);
        return this;
    }

    /** @param status an {@link IncidentStatus} or its name */
    public StatisticsBuilder status(Object status, Number count) {
        add(stats.byStatus, name(status), count);
        stats.total += count.longValue();
        return this;
    }

    public StatisticsBuilder unit(String unit, Number count) {
        add(stats.byUnit, unit, count);
        return this;
    }

    /** @param month {@code 2026-11} as {@link Months#of} made it */
    public StatisticsBuilder month(String month, Number count) {
        add(stats.byMonth, month, count);
        return this;
    }

    public IncidentStatistics build() {
        return stats;
    }

    private static <K> void add(Map<K, Long> map, K key, Number count) {
        map.merge(key, count.longValue(), Long::sum);
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
