package de.koeln.zks.platform.api;

/**
 * The durable audit trail. {@link #record} joins the caller's transaction when there is one, so a
 * change and its audit line are stored together or not at all.
 */
public interface AuditService {

    void record(Caller actor, AuditAction action, String module, String recordType, String recordId, String detail);

    /** The matching entries, newest first; only for callers with the role admin (403 otherwise). */
    Page<AuditEntry> query(Caller caller, AuditQuery query, int offset, int limit);
}
