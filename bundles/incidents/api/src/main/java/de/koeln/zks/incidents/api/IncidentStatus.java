package de.koeln.zks.incidents.api;

/**
 * Where a report stands: {@code REPORTED → IN_REVIEW → MEASURES_TAKEN → CLOSED}, or {@code REJECTED}
 * with a reason. {@code CLOSED} and {@code REJECTED} are final.
 */
public enum IncidentStatus {
    REPORTED, IN_REVIEW, MEASURES_TAKEN, CLOSED, REJECTED
}
