package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;

/**
 * A mandatory step after an incident (inform the supervisor, criminal complaint, psychological first support,
 * accident report ...), attached to the report by the configured duty rules of its Aachener level.
 */
public class Duty {
    public Long id;
    public Long incidentId;
    /** The rule's code, e.g. {@code supervisor}, {@code complaint-request}, {@code accident}. */
    public String code;
    public String title;
    public String description;
    public DutyOwner owner;
    public OffsetDateTime dueAt;
    /** When a reminder goes out before {@link #dueAt}, if the rule asks for one. */
    public OffsetDateTime remindAt;
    public DutyState state;
    public String note;
    /** Who marked it done or not needed ({@code system} when the report itself says so). */
    public String doneBy;
    public OffsetDateTime doneAt;
    /** Open and past {@link #dueAt}. */
    public boolean overdue;
    /** The incident's unit and level, for lists across incidents. */
    public String unit;
    public Integer level;
    public Long version;
}
