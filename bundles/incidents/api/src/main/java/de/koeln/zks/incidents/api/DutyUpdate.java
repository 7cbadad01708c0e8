package de.koeln.zks.incidents.api;

/** Marks a duty: {@code {"state":"DONE"|"NOT_NEEDED"|"OPEN","note":"..."}}; a note is required for {@code NOT_NEEDED}. */
public class DutyUpdate {
    public DutyState state;
    public String note;
}
