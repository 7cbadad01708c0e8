package de.koeln.zks.incidents.api;

/** A filter over warning entries; null fields match everything. */
public class WarningQuery {
    public WarningStatus status;
    /** Only active entries whose review date has come. */
    public boolean reviewDue;
}
