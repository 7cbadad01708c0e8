package de.koeln.zks.incidents.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One audited pre-contact check, as security managers see it: who checked whom, why, when, and the answer. */
public class WarningCheckRecord {
    public Long id;
    public String checkedBy;
    public OffsetDateTime checkedAt;
    public CheckPurpose purpose;
    public String name;
    public LocalDate birthDate;
    public String fileReference;
    public boolean warning;
    public Integer level;
    public boolean fuzzy;
    /** The entries that matched. */
    public List<Long> matched = new ArrayList<>();
}
