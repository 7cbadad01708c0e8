package de.koeln.zks.inspections.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What is done about a finding, by whom and by when. Clients send {@code what}, {@code ownerUnit}, {@code due}. */
public class Measure {
    public Long id;
    public Long version;
    public Long finding;
    public Long inspection;
    public String what;
    public String ownerUnit;
    public LocalDate due;
    public MeasureState state;
    public String note;
    public String doneBy;
    public OffsetDateTime doneAt;
    /** Open and past its due date. */
    public boolean overdue;
    public RiskRating risk;
    public String createdBy;
}
