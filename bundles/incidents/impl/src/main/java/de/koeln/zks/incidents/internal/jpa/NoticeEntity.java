package de.koeln.zks.incidents.internal.jpa;

import de.koeln.zks.platform.support.UtcTimes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.incidents.api.RiskNotice;

/** A risk notice, linked to incidents through {@code INCIDENTS_NOTICE_INCIDENT}. */
@Entity
@Table(name = "INCIDENTS_NOTICE", indexes = {
    @Index(name = "INCIDENTS_NOTICE_VALIDITY", columnList = "VALID_UNTIL_UTC,VALID_FROM_UTC"),
    @Index(name = "INCIDENTS_NOTICE_UNIT", columnList = "UNIT")})
public class NoticeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "UNIT", length = 200)
    private String unit;

    @Embedded
    private LocationColumns location;

    @Column(name = "WATCH_FOR", length = 5000, nullable = false)
    private String watchFor;

    @Column(name = "WHAT_TO_DO", length = 5000, nullable = false)
    private String whatToDo;

    @Column(name = "VALID_FROM_UTC", nullable = false)
    private LocalDateTime validFromUtc;

    @Column(name = "VALID_UNTIL_UTC", nullable = false)
    private LocalDateTime validUntilUtc;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "INCIDENTS_NOTICE_INCIDENT", joinColumns = @JoinColumn(name = "NOTICE_ID"))
    @Column(name = "INCIDENT_ID")
    @OrderColumn(name = "POS")
    private List<Long> incidentIds = new ArrayList<>();

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_UTC", nullable = false)
    private LocalDateTime createdUtc;

    @Column(name = "UPDATED_UTC", nullable = false)
    private LocalDateTime updatedUtc;

    protected NoticeEntity() {
    }

    public NoticeEntity(RiskNotice clean, String createdBy, LocalDateTime now) {
        this.createdBy = createdBy;
        this.createdUtc = now;
        apply(clean, now);
    }

    public void apply(RiskNotice clean, LocalDateTime now) {
        this.title = clean.title;
        this.unit = clean.unit;
        this.location = LocationColumns.of(clean.location);
        this.watchFor = clean.watchFor;
        this.whatToDo = clean.whatToDo;
        this.validFromUtc = UtcTimes.utc(clean.validFrom);
        this.validUntilUtc = UtcTimes.utc(clean.validUntil);
        this.incidentIds.clear();
        this.incidentIds.addAll(clean.incidentIds);
        this.updatedUtc = now;
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

    public boolean inForce(LocalDateTime now) {
        return !validFromUtc.isAfter(now) && validUntilUtc.isAfter(now);
    }

    public RiskNotice toDto(LocalDateTime now) {
        RiskNotice n = new RiskNotice();
        n.id = id;
        n.title = title;
        n.unit = unit;
        n.location = LocationColumns.toDto(location);
        n.watchFor = watchFor;
        n.whatToDo = whatToDo;
        n.validFrom = UtcTimes.offset(validFromUtc);
        n.validUntil = UtcTimes.offset(validUntilUtc);
        n.incidentIds = new ArrayList<>(incidentIds);
        n.createdBy = createdBy;
        n.createdAt = UtcTimes.offset(createdUtc);
        n.version = version;
        n.inForce = inForce(now);
        return n;
    }
}
