package de.koeln.zks.inspections.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A unit's request for advice from the security management, its handling and outcome. Clients send {@code unit}
 * (default: the requester's only unit), {@code topic}, {@code description}, {@code urgency} (default
 * {@code ROUTINE}), {@code contact} and optionally {@code location}; everything else is kept by the platform.
 */
public class Consultation {
    public Long id;
    /** The optimistic-locking version, also the ETag. */
    public Long version;
    public String unit;
    public String topic;
    public String description;
    public ConsultationUrgency urgency;
    public Contact contact;
    public Location location;
    public String requestedBy;
    public OffsetDateTime requestedAt;
    /** The date by which the security management takes it: {@link ConsultationUrgency#responseWorkingDays()} after the request. */
    public LocalDate respondBy;
    /** Still {@code REQUESTED} after {@link #respondBy}. */
    public boolean overdue;
    public ConsultationState state;
    /** The security manager who handles it. */
    public String handler;
    public OffsetDateTime takenAt;
    /** The advice given, when {@code CLOSED}. */
    public String outcome;
    /** Why it was {@code DECLINED}. */
    public String reason;
    /** When it was closed or declined. */
    public OffsetDateTime closedAt;
    /** The id of the inspection planned from it, if any. */
    public Long inspection;
}
