package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A time-limited warning a security manager publishes for a unit or a location: what to watch for and
 * what to do, no more about a person than the purpose needs. Employees of the unit see the notices in
 * force; expired ones vanish from their view but stay for security managers. Clients send {@code title},
 * {@code unit}, {@code location}, {@code watchFor}, {@code whatToDo}, {@code validFrom}, {@code validUntil}
 * and {@code incidentIds}; the rest is set by the service.
 */
public class RiskNotice {
    public Long id;
    public String title;
    /** The unit warned; null means everyone who may come to {@link #location}. */
    public String unit;
    public Location location;
    public String watchFor;
    public String whatToDo;
    public OffsetDateTime validFrom;
    /** Exclusive end of validity. */
    public OffsetDateTime validUntil;
    public List<Long> incidentIds = new ArrayList<>();
    public String createdBy;
    public OffsetDateTime createdAt;
    public Long version;
    /** {@code validFrom <= now < validUntil}. */
    public boolean inForce;
}
