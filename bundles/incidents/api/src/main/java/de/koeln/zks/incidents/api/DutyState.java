package de.koeln.zks.incidents.api;

/** Where a duty after an incident stands. */
public enum DutyState {
    OPEN,
    DONE,
    /** Not needed in this case (with a note), or no longer required after the report changed. */
    NOT_NEEDED
}
