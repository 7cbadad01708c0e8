package de.koeln.zks.incidents.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A measure taken on an incident (house ban, alarm button, training...). Clients send {@code what},
 * {@code ownerUnit}, {@code dueOn} and {@code done}; the rest is set by the service.
 */
public class Measure {
    public Long id;
    /** The incident the measure belongs to. @since 1.4 */
    public Long incidentId;
    public String what;
    public String ownerUnit;
    public LocalDate dueOn;
    public Boolean done;
    public OffsetDateTime doneAt;
    public String createdBy;
    public OffsetDateTime createdAt;
    public Long version;
}
