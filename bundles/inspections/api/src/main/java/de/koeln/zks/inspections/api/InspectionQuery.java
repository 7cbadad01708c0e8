package de.koeln.zks.inspections.api;

import java.time.LocalDate;

/** A filter over inspections; null fields match everything. */
public class InspectionQuery {
    public InspectionState state;
    public String unit;
    /** Scheduled on or after. */
    public LocalDate from;
    /** Scheduled before. */
    public LocalDate to;
    /** Only planned ones whose date has passed. */
    public boolean overdue;
    /**
     * Only inspections in this building, compared ignoring case and surrounding white space; null matches all.
     *
     * @since 1.1
     */
    public String building;
}
