package de.koeln.zks.training.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.training.api.UnitRisk;

/** A unit's workplace risk level. */
@Entity
@Table(name = "TRAINING_UNIT_RISK")
public class UnitRiskEntity {
    @Id
    @Column(name = "UNIT", length = 200)
    private String unit;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "RISK_LEVEL", nullable = false)
    private int riskLevel;

    @Column(name = "UPDATED_BY", length = 128, nullable = false)
    private String updatedBy;

    @Column(name = "UPDATED_UTC", nullable = false)
    private LocalDateTime updatedUtc;

    protected UnitRiskEntity() {
    }

    public UnitRiskEntity(String unit) {
        this.unit = unit;
    }

    public void set(int level, String by, LocalDateTime now) {
        this.riskLevel = level;
        this.updatedBy = by;
        this.updatedUtc = now;
    }

    public String unit() {
        return unit;
    }

    public int riskLevel() {
        return riskLevel;
    }

    public long version() {
        return version;
    }

    public UnitRisk toDto() {
        UnitRisk r = new UnitRisk();
        r.unit = unit;
        r.riskLevel = riskLevel;
        r.version = version;
        return r;
    }
}
