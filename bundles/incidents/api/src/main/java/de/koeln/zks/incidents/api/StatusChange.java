package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;

/** One step of an incident's history; {@code from} is null for the report itself. */
public class StatusChange {
    public IncidentStatus from;
    public IncidentStatus to;
    public String reason;
    public String by;
    public OffsetDateTime at;
}
