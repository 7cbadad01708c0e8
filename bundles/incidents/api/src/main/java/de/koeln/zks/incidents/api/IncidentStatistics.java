package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Counts of incidents that occurred in {@code [from, to)} (either may be null: unbounded). Erased incidents
 * are counted too.
 */
public class IncidentStatistics {
    public OffsetDateTime from;
    public OffsetDateTime to;
    public long total;
    /** Every level 0-3, also those with 0. */
    public Map<Integer, Long> byLevel;
    /** Every {@link IncidentKind}, also those with 0. */
    public Map<String, Long> byKind;
    public Map<String, Long> byUnit;
    /** {@code 2026-11} → count, months in Europe/Berlin, sorted. */
    public Map<String, Long> byMonth;
    /** Every {@link IncidentStatus}, also those with 0. */
    public Map<String, Long> byStatus;
}
