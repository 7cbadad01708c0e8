package de.koeln.zks.platform.api;

import java.time.OffsetDateTime;

/** One line of the audit trail: who did what to which record, and when. */
public class AuditEntry {
    public Long id;
    public OffsetDateTime at;
    public String actor;
    public AuditAction action;
    /** The module that owns the record, e.g. {@code incidents}. */
    public String module;
    /** The kind of record, e.g. {@code incident}. */
    public String recordType;
    public String recordId;
    /** A short human summary; never a password, never more personal data than the purpose needs. */
    public String detail;
}
