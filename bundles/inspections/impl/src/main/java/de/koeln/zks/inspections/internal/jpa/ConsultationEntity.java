package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.inspections.api.Consultation;
import de.koeln.zks.inspections.api.ConsultationState;
import de.koeln.zks.inspections.api.ConsultationUrgency;
import de.koeln.zks.inspections.api.Contact;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * A consultation. {@code URGENCY_RANK} (the urgency's position, URGENT highest) orders the open ones; the index on
 * state, rank and request time serves that list.
 */
@Entity
@Table(name = "INSPECTIONS_CONSULTATION", indexes = {
    @Index(name = "INSPECTIONS_CONSULTATION_OPEN", columnList = "STATE,URGENCY_RANK,REQUESTED_UTC"),
    @Index(name = "INSPECTIONS_CONSULTATION_UNIT", columnList = "UNIT,STATE")})
public class ConsultationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "UNIT", length = 200, nullable = false)
    private String unit;

    @Column(name = "TOPIC", length = 200, nullable = false)
    private String topic;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "URGENCY", length = 10, nullable = false)
    private ConsultationUrgency urgency;

    @Column(name = "URGENCY_RANK", nullable = false)
    private int urgencyRank;

    @Column(name = "CONTACT_NAME", length = 200)
    private String contactName;

    @Column(name = "CONTACT_PHONE", length = 50)
    private String contactPhone;

    @Column(name = "CONTACT_EMAIL", length = 254)
    private String contactEmail;

    @Embedded
    private PlaceColumns place;

    @Column(name = "REQUESTED_BY", length = 128, nullable = false)
    private String requestedBy;

    @Column(name = "REQUESTED_UTC", nullable = false)
    private LocalDateTime requestedUtc;

    @Column(name = "RESPOND_BY", nullable = false)
    private LocalDate respondBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private ConsultationState state;

    @Column(name = "HANDLER", length = 128)
    private String handler;

    @Column(name = "TAKEN_UTC")
    private LocalDateTime takenUtc;

    @Column(name = "OUTCOME", length = 4000)
    private String outcome;

    @Column(name = "REASON", length = 2000)
    private String reason;

    @Column(name = "CLOSED_UTC")
    private LocalDateTime closedUtc;

    @Column(name = "INSPECTION_ID")
    private Long inspectionId;

    protected ConsultationEntity() {
    }

    public ConsultationEntity(Consultation clean, String by, LocalDateTime now, LocalDate respondBy) {
        this.unit = clean.unit;
        this.topic = clean.topic;
        this.description = clean.description;
        this.urgency = clean.urgency;
        this.urgencyRank = clean.urgency.ordinal();
        if (clean.contact != null) {
            this.contactName = clean.contact.name;
            this.contactPhone = clean.contact.phone;
            this.contactEmail = clean.contact.email;
        }
        this.place = PlaceColumns.of(clean.location);
        this.requestedBy = by;
        this.requestedUtc = now;
        this.respondBy = respondBy;
        this.state = ConsultationState.REQUESTED;
    }

    /** Into the hands of {@code by}: {@code IN_PROGRESS}; the first taking is kept as the response time. */
    public void take(String by, LocalDateTime now) {
        this.handler = by;
        this.state = ConsultationState.IN_PROGRESS;
        if (takenUtc == null) {
            takenUtc = now;
        }
    }

    public void close(String by, String advice, LocalDateTime now) {
        if (handler == null) {
            take(by, now);
        }
        this.state = ConsultationState.CLOSED;
        this.outcome = advice;
        this.closedUtc = now;
    }

    public void decline(String by, String why, LocalDateTime now) {
        if (handler == null) {
            this.handler = by;
        }
        this.state = ConsultationState.DECLINED;
        this.reason = why;
        this.closedUtc = now;
    }

    public void inspection(long inspection) {
        this.inspectionId = inspection;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String unit() {
        return unit;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public ConsultationState state() {
        return state;
    }

    public ConsultationUrgency urgency() {
        return urgency;
    }

    public String handler() {
        return handler;
    }

    public PlaceColumns place() {
        return place;
    }

    public Long inspectionId() {
        return inspectionId;
    }

    public Consultation toDto(LocalDate today) {
        Consultation c = new Consultation();
        c.id = id;
        c.version = version;
        c.unit = unit;
        c.topic = topic;
        c.description = description;
        c.urgency = urgency;
        if (contactName != null || contactPhone != null || contactEmail != null) {
            c.contact = new Contact();
            c.contact.name = contactName;
            c.contact.phone = contactPhone;
            c.contact.email = contactEmail;
        }
        c.location = place == null ? null : place.toDto();
        if (c.location != null && c.location.building == null && c.location.floor == null && c.location.room == null) {
            c.location = null;
        }
        c.requestedBy = requestedBy;
        c.requestedAt = UtcTimes.offset(requestedUtc);
        c.respondBy = respondBy;
        c.overdue = state == ConsultationState.REQUESTED && respondBy.isBefore(today);
        c.state = state;
        c.handler = handler;
        c.takenAt = UtcTimes.offset(takenUtc);
        c.outcome = outcome;
        c.reason = reason;
        c.closedAt = UtcTimes.offset(closedUtc);
        c.inspection = inspectionId;
        return c;
    }
}
