package de.koeln.zks.inspections.api;

import java.time.LocalDate;

/** A deficiency found at an inspection, from a deficient item; measures follow it. */
public class Finding {
    public Long id;
    public Long inspection;
    /** The key of the item it comes from. */
    public String item;
    public ItemCategory category;
    public String question;
    public String note;
    public RiskRating risk;
    public String unit;
    public Location location;
    public LocalDate foundOn;
    public int measures;
    public int openMeasures;
    /** The later inspection that found the item in order, when completed. */
    public Long resolvedBy;
    public LocalDate resolvedOn;
}
