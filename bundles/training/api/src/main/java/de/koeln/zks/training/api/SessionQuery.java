package de.koeln.zks.training.api;

import java.time.OffsetDateTime;

/** A filter over sessions; null fields match everything. */
public class SessionQuery {
    public Long course;
    /** Starting at or after. */
    public OffsetDateTime from;
    /** Starting before. */
    public OffsetDateTime to;
    public SessionStatus status;
    public String trainer;
}
