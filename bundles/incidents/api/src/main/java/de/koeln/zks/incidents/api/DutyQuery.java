package de.koeln.zks.incidents.api;

/** A filter over duties across incidents; null fields match everything. */
public class DutyQuery {
    /** Only open duties past their due time. */
    public boolean overdue;
    public DutyState state;
    public DutyOwner owner;
    public String unit;
    public String code;
}
