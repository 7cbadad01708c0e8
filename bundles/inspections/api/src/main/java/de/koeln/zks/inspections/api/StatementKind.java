package de.koeln.zks.inspections.api;

/** What a statement comments on. */
public enum StatementKind {
    /** A building plan (new building, conversion). */
    BUILDING_PLAN,
    /** A new service point or counter office. */
    SERVICE_POINT,
    /** The result of an inspection. */
    INSPECTION,
    OTHER
}
