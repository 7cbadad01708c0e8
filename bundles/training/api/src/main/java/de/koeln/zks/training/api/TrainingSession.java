package de.koeln.zks.training.api;

import java.time.OffsetDateTime;

/**
 * A date of a course. Clients send {@code course}, {@code startsAt}, {@code endsAt}, {@code capacity} (required),
 * {@code place} and/or {@code link}, {@code trainer} (a user name), {@code registrationDeadline} (default: the
 * start). The seat counts are the service's.
 */
public class TrainingSession {
    public Long id;
    public Long version;
    /** The course's id. */
    public Long course;
    public String courseTitle;
    public CourseTopic topic;
    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;
    public String place;
    /** For online sessions. */
    public String link;
    public String trainer;
    public Integer capacity;
    public OffsetDateTime registrationDeadline;
    public SessionStatus status;
    public String cancelReason;
    /** Seats taken (confirmed and waiting for approval). */
    public int taken;
    public int free;
    public int waiting;
    public boolean registrationOpen;
    /** The last change of the session (time, place, capacity, cancellation). */
    public OffsetDateTime updatedAt;
}
