package de.koeln.zks.training.api;

/** The Aachener risk level (0-3) of a unit's workplaces, from the risk assessment; courses are recommended by it. */
public class UnitRisk {
    public String unit;
    public Integer riskLevel;
    public Long version;
}
