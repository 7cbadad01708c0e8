package de.koeln.zks.platform.api;

import java.time.OffsetDateTime;

/** A filter over the audit trail; null fields match everything. */
public class AuditQuery {
    public String actor;
    public String module;
    public String recordType;
    public String recordId;
    public AuditAction action;
    public OffsetDateTime from;
    public OffsetDateTime to;
}
