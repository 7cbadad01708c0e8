package de.koeln.zks.incidents.api;

/**
 * Where a report stands: {@code REPORTED → IN_REVIEW → MEASURES_TAKEN → CLOSED}, or {@code REJECTED}
 * with a reason. {@code CLOSED} and {@code REJECTED} are final. {@code DRAFT} is a report prepared for its
 * reporter (e.g. by a closed silent alarm) that the reporter completes and submits ({@code → REPORTED}).
 */
public enum IncidentStatus {
    DRAFT, REPORTED, IN_REVIEW, MEASURES_TAKEN, CLOSED, REJECTED
}
