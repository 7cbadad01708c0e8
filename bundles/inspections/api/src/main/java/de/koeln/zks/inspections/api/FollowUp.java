package de.koeln.zks.inspections.api;

/** What a re-inspection says so far about a finding of the inspection before it. */
public enum FollowUp {
    /** The item is answered OK now. */
    RESOLVED,
    /** The item is deficient again. */
    STILL_DEFICIENT,
    NOT_APPLICABLE,
    /** The item is not answered yet. */
    NOT_CHECKED_YET,
    /** The template version of the re-inspection has no such item any more. */
    NOT_IN_CHECKLIST
}
