package de.koeln.zks.incidents.api;

/** Who has to carry out a duty. */
public enum DutyOwner {
    /** The employee who reported. */
    REPORTER,
    /** The reporter's supervisor (the unit's management). */
    SUPERVISOR,
    /** The security management. */
    SECURITY_MANAGEMENT
}
