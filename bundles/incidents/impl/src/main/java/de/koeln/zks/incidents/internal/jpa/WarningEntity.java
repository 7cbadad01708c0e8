package de.koeln.zks.incidents.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningStatus;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * An entry of the warning register. {@code FILE_REF_KEY} is the file reference in its comparison form, so that
 * the pre-contact check finds candidates by birth date or file reference with an index and compares names only
 * for those.
 */
@Entity
@Table(name = "INCIDENTS_WARNING", indexes = {
    @Index(name = "INCIDENTS_WARNING_BIRTH", columnList = "BIRTH_DATE"),
    @Index(name = "INCIDENTS_WARNING_FILE_REF", columnList = "FILE_REF_KEY"),
    @Index(name = "INCIDENTS_WARNING_STATUS", columnList = "STATUS,EXPIRES_ON")})
public class WarningEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private WarningStatus status;

    @Column(name = "NAME", length = 300, nullable = false)
    private String name;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "FILE_REF", length = 100)
    private String fileReference;

    @Column(name = "FILE_REF_KEY", length = 100)
    private String fileReferenceKey;

    @Column(name = "DEPARTMENT", length = 200)
    private String department;

    @Column(name = "ADDRESS", length = 500)
    private String address;

    @Column(name = "DANGER_LEVEL", nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    private IncidentKind kind;

    @Column(name = "ADVICE", length = 2000, nullable = false)
    private String advice;

    @Column(name = "AVOID", length = 2000)
    private String avoid;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "INCIDENTS_WARNING_INCIDENT", joinColumns = @JoinColumn(name = "WARNING_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "INCIDENT_ID")
    private List<Long> incidentIds = new ArrayList<>();

    @Column(name = "LEGAL_BASIS", length = 500, nullable = false)
    private String legalBasis;

    @Column(name = "EXPIRES_ON", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "REVIEW_ON", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "REVIEW_REMINDED_ON")
    private LocalDate reviewRemindedOn;

    @Column(name = "PROPOSED_BY", length = 128, nullable = false)
    private String proposedBy;

    @Column(name = "PROPOSED_UTC", nullable = false)
    private LocalDateTime proposedUtc;

    @Column(name = "DECIDED_BY", length = 128)
    private String decidedBy;

    @Column(name = "DECIDED_UTC")
    private LocalDateTime decidedUtc;

    @Column(name = "STATUS_REASON", length = 1000)
    private String statusReason;

    @Column(name = "REVIEWED_BY", length = 128)
    private String reviewedBy;

    @Column(name = "REVIEWED_UTC")
    private LocalDateTime reviewedUtc;

    /** When it stopped being a proposal or active entry: the erasure period counts from here. */
    @Column(name = "ENDED_UTC")
    private LocalDateTime endedUtc;

    protected WarningEntity() {
    }

    /** A new proposal from validated fields ({@code reviewOn} already defaulted). */
    public WarningEntity(Warning clean, String fileReferenceKey, String proposedBy, LocalDateTime now) {
        this.status = WarningStatus.PROPOSED;
        this.name = clean.name;
        this.birthDate = clean.birthDate;
        this.fileReference = clean.fileReference;
        this.fileReferenceKey = fileReferenceKey;
        this.department = clean.department;
        this.address = clean.address;
        this.level = clean.level;
        this.kind = clean.kind;
        this.advice = clean.advice;
        this.avoid = clean.avoid;
        this.incidentIds = new ArrayList<>(clean.incidents);
        this.legalBasis = clean.legalBasis;
        this.expiresOn = clean.expiresOn;
        this.reviewOn = clean.reviewOn;
        this.proposedBy = proposedBy;
        this.proposedUtc = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public WarningStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String fileReferenceKey() {
        return fileReferenceKey;
    }

    public int level() {
        return level;
    }

    public String advice() {
        return advice;
    }

    public String avoid() {
        return avoid;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public LocalDate reviewRemindedOn() {
        return reviewRemindedOn;
    }

    public void approve(String by, LocalDateTime now) {
        this.status = WarningStatus.ACTIVE;
        this.decidedBy = by;
        this.decidedUtc = now;
    }

    public void reject(String by, String reason, LocalDateTime now) {
        this.status = WarningStatus.REJECTED;
        this.decidedBy = by;
        this.decidedUtc = now;
        this.statusReason = reason;
        this.endedUtc = now;
    }

    public void withdraw(String reason, LocalDateTime now) {
        this.status = WarningStatus.WITHDRAWN;
        this.statusReason = reason;
        this.endedUtc = now;
    }

    public void expire(LocalDateTime now) {
        this.status = WarningStatus.EXPIRED;
        this.endedUtc = now;
    }

    public void review(String by, LocalDate nextReview, LocalDate newExpiry, LocalDateTime now) {
        this.reviewedBy = by;
        this.reviewedUtc = now;
        this.reviewOn = nextReview;
        if (newExpiry != null) {
            this.expiresOn = newExpiry;
        }
    }

    public void reviewReminded(LocalDate forDate) {
        this.reviewRemindedOn = forDate;
    }

    public Warning toDto(LocalDate today) {
        Warning w = new Warning();
        w.id = id;
        w.version = version;
        w.status = status;
        w.name = name;
        w.birthDate = birthDate;
        w.fileReference = fileReference;
        w.department = department;
        w.address = address;
        w.level = level;
        w.kind = kind;
        w.advice = advice;
        w.avoid = avoid;
        w.incidents = new ArrayList<>(incidentIds);
        w.legalBasis = legalBasis;
        w.expiresOn = expiresOn;
        w.reviewOn = reviewOn;
        w.proposedBy = proposedBy;
        w.proposedAt = UtcTimes.offset(proposedUtc);
        w.decidedBy = decidedBy;
        w.decidedAt = UtcTimes.offset(decidedUtc);
        w.statusReason = statusReason;
        w.reviewedBy = reviewedBy;
        w.reviewedAt = UtcTimes.offset(reviewedUtc);
        w.reviewDue = status == WarningStatus.ACTIVE && !reviewOn.isAfter(today);
        return w;
    }
}
