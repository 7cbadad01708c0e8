package de.koeln.zks.platform.api;

/**
 * The durable audit trail. {@link #record} joins the caller's transaction when there is one, so a
 * change and its audit line are stored together or not at all.
 */
public interface AuditService {

    void record(Caller actor, AuditAction action, String module, String recordType, String recordId, String detail);

    Page<AuditEntry> query(AuditQuery query, int offset, int limit);
}
