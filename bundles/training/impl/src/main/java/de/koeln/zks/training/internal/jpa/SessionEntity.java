package de.koeln.zks.training.internal.jpa;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingSession;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * A session. Its row is the lock of its seats: every registration, cancellation and promotion of the session
 * locks it first ({@code PESSIMISTIC_WRITE}), so seats are counted and given one transaction at a time and the
 * waiting list keeps the order of {@link #nextWaitNumber()}.
 */
@Entity
@Table(name = "TRAINING_SESSION", indexes = {
    @Index(name = "TRAINING_SESSION_START", columnList = "STARTS_UTC"),
    @Index(name = "TRAINING_SESSION_COURSE", columnList = "COURSE_ID,STARTS_UTC")})
public class SessionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COURSE_ID", nullable = false)
    private long courseId;

    @Column(name = "STARTS_UTC", nullable = false)
    private LocalDateTime startsUtc;

    @Column(name = "STARTS_OFFSET", nullable = false)
    private int startsOffset;

    @Column(name = "ENDS_UTC", nullable = false)
    private LocalDateTime endsUtc;

    @Column(name = "PLACE", length = 300)
    private String place;

    @Column(name = "LINK", length = 500)
    private String link;

    @Column(name = "TRAINER", length = 128)
    private String trainer;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Column(name = "DEADLINE_UTC", nullable = false)
    private LocalDateTime deadlineUtc;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private SessionStatus status;

    @Column(name = "CANCEL_REASON", length = 1000)
    private String cancelReason;

    /** The number the next waiting registration gets: the waiting list's order. */
    @Column(name = "NEXT_WAIT_NUMBER", nullable = false)
    private long nextWaitNumber;

    @Column(name = "UPDATED_UTC", nullable = false)
    private LocalDateTime updatedUtc;

    protected SessionEntity() {
    }

    public SessionEntity(TrainingSession clean, LocalDateTime now) {
        this.status = SessionStatus.SCHEDULED;
        this.nextWaitNumber = 1;
        apply(clean, now);
    }

    /** Takes a validated session's fields ({@code registrationDeadline} already defaulted). */
    public void apply(TrainingSession clean, LocalDateTime now) {
        this.courseId = clean.course;
        this.startsUtc = UtcTimes.utc(clean.startsAt);
        this.startsOffset = clean.startsAt.getOffset().getTotalSeconds();
        this.endsUtc = UtcTimes.utc(clean.endsAt);
        this.place = clean.place;
        this.link = clean.link;
        this.trainer = clean.trainer;
        this.capacity = clean.capacity;
        this.deadlineUtc = UtcTimes.utc(clean.registrationDeadline);
        this.updatedUtc = now;
    }

    public void cancel(String reason, LocalDateTime now) {
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
        this.updatedUtc = now;
    }

    /** One more seat, for an operator who promotes a waiting registrant into a full session. */
    public void addSeat(LocalDateTime now) {
        this.capacity++;
        this.updatedUtc = now;
    }

    /** Takes the next place in the waiting order. */
    public long takeWaitNumber() {
        return nextWaitNumber++;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long courseId() {
        return courseId;
    }

    public LocalDateTime startsUtc() {
        return startsUtc;
    }

    public LocalDateTime endsUtc() {
        return endsUtc;
    }

    public LocalDateTime deadlineUtc() {
        return deadlineUtc;
    }

    public int capacity() {
        return capacity;
    }

    public String trainer() {
        return trainer;
    }

    public String place() {
        return place;
    }

    public String link() {
        return link;
    }

    public SessionStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public LocalDateTime updatedUtc() {
        return updatedUtc;
    }

    public OffsetDateTime startsAt() {
        return OffsetDateTime.of(startsUtc, ZoneOffset.UTC)
            .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(startsOffset));
    }

    public OffsetDateTime endsAt() {
        return OffsetDateTime.of(endsUtc, ZoneOffset.UTC)
            .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(startsOffset));
    }

    /** The session without seat counts and course title; the service adds them. */
    public TrainingSession toDto(LocalDateTime now) {
        TrainingSession s = new TrainingSession();
        s.id = id;
        s.version = version;
        s.course = courseId;
        s.startsAt = startsAt();
        s.endsAt = endsAt();
        s.place = place;
        s.link = link;
        s.trainer = trainer;
        s.capacity = capacity;
        s.registrationDeadline = OffsetDateTime.of(deadlineUtc, ZoneOffset.UTC)
            .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(startsOffset));
        s.status = status;
        s.cancelReason = cancelReason;
        s.registrationOpen = status == SessionStatus.SCHEDULED && now.isBefore(deadlineUtc);
        s.updatedAt = UtcTimes.offset(updatedUtc);
        return s;
    }
}
