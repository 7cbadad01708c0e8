package de.koeln.zks.incidents.internal.console;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.incidents.api.CheckPurpose;
import de.koeln.zks.incidents.api.CheckQuery;
import de.koeln.zks.incidents.api.CheckStatistics;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code warning:stats}: figures of the pre-contact checks in a period. */
@Service
@Command(scope = "warning", name = "stats", description = "Shows figures of the pre-contact checks (per purpose, with warnings, fuzzy)")
public class WarningStatsCommand implements Action {

    @Reference
    WarningService warnings;

    @Option(name = "--from", description = "Checked at or after (2026-11-01 or 2026-11-01T00:00:00+01:00)")
    String from;

    @Option(name = "--to", description = "Checked up to (2026-11-30: to the end of that day in Cologne, or before a date-time with offset)")
    String to;

    @Option(name = "--user", description = "Only checks by this user")
    String user;

    @Override
    public Object execute() {
        CheckQuery query = new CheckQuery();
        query.from = QueryParams.periodStart("from", from);
        query.to = QueryParams.periodEnd("to", to);
        query.checkedBy = user;
        CheckStatistics s = warnings.checkStatistics(ConsoleCaller.current(), query);
        ShellTable table = new ShellTable();
        table.column("Purpose");
        table.column("Checks").alignRight();
        for (Map.Entry<CheckPurpose, Long> e : s.byPurpose.entrySet()) {
            table.addRow().addContent(e.getKey(), e.getValue());
        }
        table.print(System.out);
        System.out.println("Checks: " + s.total + ", with a warning: " + s.warnings + " (fuzzy: " + s.fuzzy
            + "), by " + s.checkers + " employees");
        return null;
    }
}
