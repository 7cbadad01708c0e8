package de.koeln.zks.incidents.internal.console;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:stats [--from] [--to]}: counts by level, kind, status, unit and month. */
@Service
@Command(scope = "incident", name = "stats", description = "Shows incident statistics (security managers and admins)")
public class StatsCommand implements Action {

    @Reference
    IncidentService incidents;

    @Option(name = "--from", description = "Occurred at or after (2026-01-01 or with time and offset)")
    String from;

    @Option(name = "--to", description = "Occurred up to (2026-12-31: to the end of that day in Cologne, or before a date-time with offset)")
    String to;

    @Override
    public Object execute() {
        IncidentStatistics stats = incidents.statistics(ConsoleCaller.current(), QueryParams.periodStart("from", from),
            QueryParams.periodEnd("to", to));
        System.out.println("Total: " + stats.total);
        ShellTable table = new ShellTable();
        table.column("By");
        table.column("Value");
        table.column("Count").alignRight();
        rows(table, "level", stats.byLevel);
        rows(table, "kind", stats.byKind);
        rows(table, "status", stats.byStatus);
        rows(table, "unit", stats.byUnit);
        rows(table, "month", stats.byMonth);
        table.print(System.out);
        return null;
    }

    private static void rows(ShellTable table, String by, Map<?, Long> counts) {
        counts.forEach((value, count) -> table.addRow().addContent(by, value, count));
    }
}
