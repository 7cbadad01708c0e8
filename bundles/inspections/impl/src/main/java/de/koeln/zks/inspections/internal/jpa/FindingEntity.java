package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDate;

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

import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.ItemCategory;
import de.koeln.zks.inspections.api.RiskRating;

/** A finding, with what it needs for lists of its own (unit, place) copied from its inspection. */
@Entity
@Table(name = "INSPECTIONS_FINDING", indexes = {
    @Index(name = "INSPECTIONS_FINDING_INSPECTION", columnList = "INSPECTION_ID"),
    @Index(name = "INSPECTIONS_FINDING_UNIT", columnList = "UNIT")})
public class FindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INSPECTION_ID", nullable = false)
    private long inspectionId;

    @Column(name = "ITEM_KEY", length = 60, nullable = false)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20, nullable = false)
    private ItemCategory category;

    @Column(name = "QUESTION", length = 500, nullable = false)
    private String question;

    @Column(name = "NOTE", length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "RISK", length = 10, nullable = false)
    private RiskRating risk;

    @Column(name = "UNIT", length = 200, nullable = false)
    private String unit;

    @Embedded
    private PlaceColumns place;

    @Column(name = "FOUND_ON", nullable = false)
    private LocalDate foundOn;

    @Column(name = "RESOLVED_BY")
    private Long resolvedBy;

    @Column(name = "RESOLVED_ON")
    private LocalDate resolvedOn;

    protected FindingEntity() {
    }

    public FindingEntity(InspectionEntity inspection, ItemColumns item, String note, RiskRating risk, LocalDate foundOn) {
        this.inspectionId = inspection.id();
        this.itemKey = item.key();
        this.category = item.category();
        this.question = item.question();
        this.note = note;
        this.risk = risk;
        this.unit = inspection.unit();
        this.place = inspection.place();
        this.foundOn = foundOn;
    }

    public Long id() {
        return id;
    }

    public long inspectionId() {
        return inspectionId;
    }

    public String unit() {
        return unit;
    }

    public String itemKey() {
        return itemKey;
    }

    /** Marks the finding resolved by a later inspection that found its item in order. */
    public void resolve(long inspection, LocalDate on) {
        if (resolvedBy == null) {
            this.resolvedBy = inspection;
            this.resolvedOn = on;
        }
    }

    public RiskRating risk() {
        return risk;
    }

    public Finding toDto(int measures, int open) {
        Finding f = new Finding();
        f.id = id;
        f.inspection = inspectionId;
        f.item = itemKey;
        f.category = category;
        f.question = question;
        f.note = note;
        f.risk = risk;
        f.unit = unit;
        f.location = place == null ? null : place.toDto();
        f.foundOn = foundOn;
        f.measures = measures;
        f.openMeasures = open;
        f.resolvedBy = resolvedBy;
        f.resolvedOn = resolvedOn;
        return f;
    }
}
