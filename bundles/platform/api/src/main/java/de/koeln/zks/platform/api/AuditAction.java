package de.koeln.zks.platform.api;

/** What was done to a record. */
public enum AuditAction {
    CREATE, UPDATE, STATUS_CHANGE, DELETE, READ_PERSONAL, EXPORT, ERASE
}
