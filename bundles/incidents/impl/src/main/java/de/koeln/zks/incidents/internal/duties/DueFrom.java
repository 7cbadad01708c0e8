package de.koeln.zks.incidents.internal.duties;

/**
 * What a duty's deadline counts from. Statutory periods (e.g. the three months for a request to prosecute) run
 * from the incident; internal ones (e.g. informing the supervisor) from the moment the city learned of it.
 */
public enum DueFrom {
    /** The time the incident happened ({@code occurredAt}). */
    OCCURRED,
    /** The time the report was made. */
    REPORTED
}
