package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;

/** A stored report as the services answer it. */
public class Incident extends IncidentInput {
    public Long id;
    public IncidentStatus status;
    public OffsetDateTime reportedAt;
    /** The reporter: shown to the reporter themself and to security managers and admins only, else null. */
    public String reportedBy;
    /** The reason given with the last status change (required for {@code REJECTED}). */
    public String statusReason;
    public OffsetDateTime updatedAt;
    /** The level the duty rules suggest for the kind; the reported {@code level} may differ. @since 1.2 */
    public Integer suggestedLevel;
    /** True when retention has removed the personal fields; kind, level, unit and times stay. */
    public boolean erased;
}
