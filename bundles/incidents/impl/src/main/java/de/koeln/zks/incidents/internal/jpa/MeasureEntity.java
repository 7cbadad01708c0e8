package de.koeln.zks.incidents.internal.jpa;

import de.koeln.zks.platform.support.UtcTimes;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.incidents.api.Measure;

/** A measure taken on an incident. */
@Entity
@Table(name = "INCIDENTS_MEASURE", indexes = @Index(name = "INCIDENTS_MEASURE_INCIDENT", columnList = "INCIDENT_ID"))
public class MeasureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "INCIDENT_ID", nullable = false)
    private long incidentId;

    @Column(name = "WHAT", length = 1000, nullable = false)
    private String what;

    @Column(name = "OWNER_UNIT", length = 200)
    private String ownerUnit;

    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @Column(name = "DONE", nullable = false)
    private boolean done;

    @Column(name = "DONE_UTC")
    private LocalDateTime doneUtc;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_UTC", nullable = false)
    private LocalDateTime createdUtc;

    protected MeasureEntity() {
    }

    public MeasureEntity(long incidentId, Measure clean, String createdBy, LocalDateTime now) {
        this.incidentId = incidentId;
        this.createdBy = createdBy;
        this.createdUtc = now;
        apply(clean, now);
    }

    /** Takes a validated measure's fields; marks the time when it becomes done. */
    public void apply(Measure clean, LocalDateTime now) {
        this.what = clean.what;
        this.ownerUnit = clean.ownerUnit;
        this.dueOn = clean.dueOn;
        boolean nowDone = Boolean.TRUE.equals(clean.done);
        if (nowDone && !done) {
            doneUtc = now;
        } else if (!nowDone) {
            doneUtc = null;
        }
        this.done = nowDone;
    }

    public Long id() {
        return id;
    }

    public long incidentId() {
        return incidentId;
    }

    public long version() {
        return version;
    }

    public Measure toDto() {
        Measure m = new Measure();
        m.id = id;
        m.incidentId = incidentId;
        m.what = what;
        m.ownerUnit = ownerUnit;
        m.dueOn = dueOn;
        m.done = done;
        m.doneAt = UtcTimes.offset(doneUtc);
        m.createdBy = createdBy;
        m.createdAt = UtcTimes.offset(createdUtc);
        m.version = version;
        return m;
    }
}
