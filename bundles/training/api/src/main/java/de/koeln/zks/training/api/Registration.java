package de.koeln.zks.training.api;

import java.time.OffsetDateTime;

/** A person's registration for a session. */
public class Registration {
    public Long id;
    public Long version;
    public Long session;
    public String courseTitle;
    public OffsetDateTime startsAt;
    /** Who takes part (a user name). */
    public String participant;
    /** Who registered them: themself, their unit manager or a security manager. */
    public String registeredBy;
    public OffsetDateTime registeredAt;
    public RegistrationStatus status;
    /** The place on the waiting list, from 1; only while {@code WAITLISTED}. */
    public Integer position;
    public OffsetDateTime statusChangedAt;
    /** Why it was cancelled or rejected. */
    public String reason;
    /** Attendance: null until the trainer recorded it. */
    public Boolean attended;
    public String attendanceRecordedBy;
}
