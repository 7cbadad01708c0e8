package de.koeln.zks.platform.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditEntry;
import de.koeln.zks.platform.api.AuditQuery;
import de.koeln.zks.platform.api.AuditService;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

@Service
@Command(scope = "platform", name = "audit", description = "Shows the audit trail, newest first")
public class AuditCommand implements Action {

    @Reference
    private AuditService audit;

    @Option(name = "--actor", description = "Who did it")
    private String actor;

    @Option(name = "--module", description = "Module of the record, e.g. incidents")
    private String module;

    @Option(name = "--type", description = "Kind of record, e.g. incident")
    private String recordType;

    @Option(name = "--id", description = "Id of the record")
    private String recordId;

    @Option(name = "--action", description = "CREATE, UPDATE, STATUS_CHANGE, DELETE, READ_PERSONAL, EXPORT, ERASE")
    private String action;

    @Option(name = "--from", description = "From (2026-11-01: that day in Cologne, or a date-time with offset)")
    private String from;

    @Option(name = "--to", description = "To (2026-11-30: up to the end of that day in Cologne, or before a date-time with offset)")
    private String to;

    @Option(name = "--limit", description = "At most this many (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        AuditQuery query = new AuditQuery();
        query.actor = actor;
        query.module = module;
        query.recordType = recordType;
        query.recordId = recordId;
        query.action = QueryParams.enumValue("--action", action, AuditAction.class);
        query.from = QueryParams.periodStart("--from", from);
        query.to = QueryParams.periodEnd("--to", to);
        Page<AuditEntry> page = audit.query(ConsoleCaller.current(), query, 0, Math.max(1, Math.min(limit, 500)));
        ShellTable table = new ShellTable();
        table.column("When (UTC)");
        table.column("Who");
        table.column("Action");
        table.column("Record");
        table.column("Detail").maxSize(60);
        for (AuditEntry e : page.items) {
            table.addRow().addContent(e.at, e.actor, e.action, e.module + "/" + e.recordType + "/" + e.recordId, e.detail);
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
