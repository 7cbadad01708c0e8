package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;

/** A filter over audited checks; null fields match everything. */
public class CheckQuery {
    /** Checked at or after. */
    public OffsetDateTime from;
    /** Checked before (exclusive). */
    public OffsetDateTime to;
    public String checkedBy;
    public CheckPurpose purpose;
    /** Only checks that matched this entry. */
    public Long warning;
}
