package de.koeln.zks.incidents.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningQuery;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.incidents.api.WarningStatus;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/**
 * {@code warning:list}: warning entries; {@code --proposals} the ones waiting for a second security manager,
 * {@code --reviews} the active ones whose review is due.
 */
@Service
@Command(scope = "warning", name = "list", description = "Lists warning entries (--proposals: waiting for approval, --reviews: review due)")
public class WarningListCommand implements Action {

    @Reference
    WarningService warnings;

    @Option(name = "--proposals", description = "Only proposals waiting for approval")
    boolean proposals;

    @Option(name = "--reviews", description = "Only active entries whose review is due")
    boolean reviews;

    @Option(name = "--status", description = "PROPOSED, ACTIVE, REJECTED, WITHDRAWN or EXPIRED")
    String status;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        WarningQuery query = new WarningQuery();
        query.reviewDue = reviews;
        query.status = proposals ? WarningStatus.PROPOSED : QueryParams.enumValue("status", status, WarningStatus.class);
        Page<Warning> page = warnings.list(ConsoleCaller.current(), query, 0, limit);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Status");
        table.column("Name");
        table.column("Born");
        table.column("Level").alignRight();
        table.column("Kind");
        table.column("Proposed by");
        table.column("Review");
        table.column("Expires");
        for (Warning w : page.items) {
            table.addRow().addContent(w.id, w.status, w.name, ConsoleFormat.text(w.birthDate), w.level, w.kind,
                w.proposedBy, w.reviewDue ? w.reviewOn + " DUE" : w.reviewOn, w.expiresOn);
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
