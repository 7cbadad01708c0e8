package de.koeln.zks.incidents.api;

/**
 * Where a warning entry stands. Only {@code ACTIVE} entries are found by the pre-contact check; the others are
 * kept for the security managers until they are erased.
 */
public enum WarningStatus {
    /** Proposed by one security manager, waiting for a second one. */
    PROPOSED,
    /** Approved by a second security manager; found by checks until it expires or is withdrawn. */
    ACTIVE,
    /** Not approved; carries the reason. */
    REJECTED,
    /** Ended early by a security manager; carries the reason. */
    WITHDRAWN,
    /** Past its expiry date. */
    EXPIRED
}
