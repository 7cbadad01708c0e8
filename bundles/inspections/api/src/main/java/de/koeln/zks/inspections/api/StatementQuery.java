package de.koeln.zks.inspections.api;

/** A filter over statements; null fields match everything. */
public class StatementQuery {
    public StatementState state;
    public StatementKind kind;
    public String unit;
    public Long inspection;
}
