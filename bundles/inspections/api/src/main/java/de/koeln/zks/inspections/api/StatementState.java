package de.koeln.zks.inspections.api;

/** A statement is edited as a draft; once released by a second security manager it is final. */
public enum StatementState {
    DRAFT,
    RELEASED
}
