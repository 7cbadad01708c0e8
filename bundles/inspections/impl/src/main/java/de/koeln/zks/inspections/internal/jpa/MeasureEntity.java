package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDate;
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

import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureState;
import de.koeln.zks.inspections.api.RiskRating;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * A measure on a finding. The index on state, due date and id serves the lists of open measures by due date, the one on
 * owner unit, state, due date and id a unit's list: both in list order, so neither needs a sort, and both count from the
 * index alone.
 */
@Entity
@Table(name = "INSPECTIONS_MEASURE", indexes = {
    @Index(name = "INSPECTIONS_MEASURE_DUE", columnList = "STATE,DUE_ON,ID"),
    @Index(name = "INSPECTIONS_MEASURE_OWNER", columnList = "OWNER_UNIT,STATE,DUE_ON,ID"),
    @Index(name = "INSPECTIONS_MEASURE_FINDING", columnList = "FINDING_ID")})
public class MeasureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "FINDING_ID", nullable = false)
    private long findingId;

    @Column(name = "INSPECTION_ID", nullable = false)
    private long inspectionId;

    @Column(name = "WHAT", length = 1000, nullable = false)
    private String what;

    @Column(name = "OWNER_UNIT", length = 200, nullable = false)
    private String ownerUnit;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 10, nullable = false)
    private MeasureState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "RISK", length = 10, nullable = false)
    private RiskRating risk;

    @Column(name = "NOTE", length = 2000)
    private String note;

    @Column(name = "DONE_BY", length = 128)
    private String doneBy;

    @Column(name = "DONE_UTC")
    private LocalDateTime doneUtc;

    @Column(name = "OVERDUE_REMINDED", nullable = false)
    private boolean overdueReminded;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_UTC", nullable = false)
    private LocalDateTime createdUtc;

    protected MeasureEntity() {
    }

    public MeasureEntity(FindingEntity finding, Measure clean, String by, LocalDateTime now) {
        this.findingId = finding.id();
        this.inspectionId = finding.inspectionId();
        this.what = clean.what;
        this.ownerUnit = clean.ownerUnit;
        this.dueOn = clean.due;
        this.risk = finding.risk();
        this.state = MeasureState.OPEN;
        this.createdBy = by;
        this.createdUtc = now;
    }

    public void done(String by, String doneNote, LocalDateTime now) {
        this.state = MeasureState.DONE;
        this.doneBy = by;
        this.doneUtc = now;
        this.note = doneNote;
    }

    public void overdueReminded() {
        this.overdueReminded = true;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String ownerUnit() {
        return ownerUnit;
    }

    public MeasureState state() {
        return state;
    }

    public Measure toDto(LocalDate today) {
        Measure m = new Measure();
        m.id = id;
        m.version = version;
        m.finding = findingId;
        m.inspection = inspectionId;
        m.what = what;
        m.ownerUnit = ownerUnit;
        m.due = dueOn;
        m.state = state;
        m.note = note;
        m.doneBy = doneBy;
        m.doneAt = UtcTimes.offset(doneUtc);
        m.overdue = state == MeasureState.OPEN && dueOn.isBefore(today);
        m.risk = risk;
        m.createdBy = createdBy;
        return m;
    }
}
