package de.koeln.zks.inspections.api;

/** {@code PLANNED → IN_PROGRESS → COMPLETED}. */
public enum InspectionState {
    PLANNED, IN_PROGRESS, COMPLETED
}
