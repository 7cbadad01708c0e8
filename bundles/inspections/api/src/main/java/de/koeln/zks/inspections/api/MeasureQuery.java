package de.koeln.zks.inspections.api;

/** A filter over measures; null fields match everything. */
public class MeasureQuery {
    /** Only open measures past their due date. */
    public boolean overdue;
    public MeasureState state;
    public String ownerUnit;
}
