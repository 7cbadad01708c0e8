package de.koeln.zks.training.internal.jpa;

import java.time.LocalDateTime;

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

import de.koeln.zks.platform.support.UtcTimes;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationStatus;

/** A registration; {@code WAIT_NUMBER} orders the waiting list of its session. */
@Entity
@Table(name = "TRAINING_REGISTRATION", indexes = {
    @Index(name = "TRAINING_REGISTRATION_SESSION", columnList = "SESSION_ID,STATUS,WAIT_NUMBER"),
    @Index(name = "TRAINING_REGISTRATION_PARTICIPANT", columnList = "PARTICIPANT")})
public class RegistrationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "SESSION_ID", nullable = false)
    private long sessionId;

    @Column(name = "PARTICIPANT", length = 128, nullable = false)
    private String participant;

    @Column(name = "REGISTERED_BY", length = 128, nullable = false)
    private String registeredBy;

    @Column(name = "REGISTERED_UTC", nullable = false)
    private LocalDateTime registeredUtc;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private RegistrationStatus status;

    /** The place in the session's waiting order while waiting (and kept after, for the record). */
    @Column(name = "WAIT_NUMBER")
    private Long waitNumber;

    @Column(name = "STATUS_UTC", nullable = false)
    private LocalDateTime statusUtc;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "ATTENDED")
    private Boolean attended;

    @Column(name = "ATTENDANCE_BY", length = 128)
    private String attendanceBy;

    @Column(name = "ATTENDANCE_UTC")
    private LocalDateTime attendanceUtc;

    protected RegistrationEntity() {
    }

    public RegistrationEntity(long sessionId, String participant, String registeredBy, RegistrationStatus status,
            Long waitNumber, LocalDateTime now) {
        this.sessionId = sessionId;
        this.participant = participant;
        this.registeredBy = registeredBy;
        this.registeredUtc = now;
        this.status = status;
        this.waitNumber = waitNumber;
        this.statusUtc = now;
    }

    public void moveTo(RegistrationStatus to, String why, LocalDateTime now) {
        this.status = to;
        this.reason = why;
        this.statusUtc = now;
    }

    public void attendance(boolean wasThere, String by, LocalDateTime now) {
        this.attended = wasThere;
        this.attendanceBy = by;
        this.attendanceUtc = now;
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public String participant() {
        return participant;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Long waitNumber() {
        return waitNumber;
    }

    public Boolean attended() {
        return attended;
    }

    /** Without the session's details and the waiting position; the service adds them. */
    public Registration toDto() {
        Registration r = new Registration();
        r.id = id;
        r.version = version;
        r.session = sessionId;
        r.participant = participant;
        r.registeredBy = registeredBy;
        r.registeredAt = UtcTimes.offset(registeredUtc);
        r.status = status;
        r.statusChangedAt = UtcTimes.offset(statusUtc);
        r.reason = reason;
        r.attended = attended;
        r.attendanceRecordedBy = attendanceBy;
        return r;
    }
}
