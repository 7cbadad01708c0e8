package de.koeln.zks.training.api;

/** A session is held as scheduled or cancelled. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
