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

import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.platform.support.UtcTimes;

/** An inspection; its answers and findings are rows of their own. */
@Entity
@Table(name = "INSPECTIONS_INSPECTION", indexes = {
    @Index(name = "INSPECTIONS_INSPECTION_UNIT", columnList = "UNIT,SCHEDULED_FOR"),
    @Index(name = "INSPECTIONS_INSPECTION_STATE", columnList = "STATE,SCHEDULED_FOR")})
public class InspectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "TEMPLATE_ID", nullable = false)
    private long templateId;

    @Column(name = "UNIT", length = 200, nullable = false)
    private String unit;

    @Embedded
    private PlaceColumns place;

    @Column(name = "RISK_LEVEL", nullable = false)
    private int riskLevel;

    @Column(name = "SCHEDULED_FOR", nullable = false)
    private LocalDate scheduledFor;

    @Column(name = "INSPECTOR", length = 128)
    private String inspector;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private InspectionState state;

    @Column(name = "STARTED_UTC")
    private LocalDateTime startedUtc;

    @Column(name = "COMPLETED_UTC")
    private LocalDateTime completedUtc;

    @Column(name = "RECURRENCE_MONTHS")
    private Integer recurrenceMonths;

    @Column(name = "PREVIOUS_ID")
    private Long previousId;

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    private String createdBy;

    /** The consultation it was planned from. */
    @Column(name = "CONSULTATION_ID")
    private Long consultationId;

    protected InspectionEntity() {
    }

    public InspectionEntity(Inspection clean, Long previousId, String by) {
        this.templateId = clean.template;
        this.unit = clean.unit;
        this.place = PlaceColumns.of(clean.location);
        this.riskLevel = clean.riskLevel;
        this.scheduledFor = clean.scheduledFor;
        this.inspector = clean.inspector;
        this.recurrenceMonths = clean.recurrenceMonths;
        this.previousId = previousId;
        this.state = InspectionState.PLANNED;
        this.createdBy = by;
    }

    public void plannedFrom(long consultation) {
        this.consultationId = consultation;
    }

    public void start(LocalDateTime now) {
        if (state == InspectionState.PLANNED) {
            state = InspectionState.IN_PROGRESS;
            startedUtc = now;
        }
    }

    public void complete(LocalDateTime now) {
        state = InspectionState.COMPLETED;
        completedUtc = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long templateId() {
        return templateId;
    }

    public String unit() {
        return unit;
    }

    public PlaceColumns place() {
        return place;
    }

    public int riskLevel() {
        return riskLevel;
    }

    public LocalDate scheduledFor() {
        return scheduledFor;
    }

    public InspectionState state() {
        return state;
    }

    public Integer recurrenceMonths() {
        return recurrenceMonths;
    }

    public String inspector() {
        return inspector;
    }

    public LocalDateTime completedUtc() {
        return completedUtc;
    }

    /** Without answers, findings and the template's name; the service adds them. */
    public Long previousId() {
        return previousId;
    }

    public Inspection toDto() {
        Inspection i = new Inspection();
        i.id = id;
        i.version = version;
        i.template = templateId;
        i.unit = unit;
        i.location = place == null ? null : place.toDto();
        i.riskLevel = riskLevel;
        i.scheduledFor = scheduledFor;
        i.inspector = inspector;
        i.state = state;
        i.startedAt = UtcTimes.offset(startedUtc);
        i.completedAt = UtcTimes.offset(completedUtc);
        i.recurrenceMonths = recurrenceMonths;
        i.previous = previousId;
        i.consultation = consultationId;
        return i;
    }
}
