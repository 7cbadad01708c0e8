package de.koeln.zks.inspections.api;

import java.time.LocalDate;

/** A filter over measures; null fields match everything. */
public class MeasureQuery {
    /** Only open measures past their due date (due before today). */
    public boolean overdue;
    /**
     * Only open measures due strictly before this date: those that will be overdue by then if nothing is done (for
     * planning, e.g. the end of the quarter). With {@link #overdue} as well, both apply: the earlier date wins.
     */
    public LocalDate dueBefore;
    /** Ignored when {@link #overdue} or {@link #dueBefore} is set (both mean open measures). */
    public MeasureState state;
    public String ownerUnit;
}
