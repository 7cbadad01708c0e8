package de.koeln.zks.inspections.api;

/**
 * How serious a finding is: {@code HIGH} when the item is required at the workplace's level and that level is 2
 * or more, {@code MEDIUM} when it is required at a lower level, {@code LOW} when the item is not required there
 * (a recommendation).
 */
public enum RiskRating {
    LOW, MEDIUM, HIGH
}
