package de.koeln.zks.platform.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditEntry;
import de.koeln.zks.platform.api.AuditQuery;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/** An audit trail in memory that remembers every line. */
public final class RecordingAudit implements AuditService {
    public record Line(String actor, AuditAction action, String module, String recordType, String recordId, String detail) {
    }

    public final List<Line> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(Caller actor, AuditAction action, String module, String recordType, String recordId, String detail) {
        lines.add(new Line(actor.name(), action, module, recordType, recordId, detail));
    }

    @Override
    public Page<AuditEntry> query(Caller caller, AuditQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    public List<Line> of(AuditAction action) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.action() == action).toList();
        }
    }
}
