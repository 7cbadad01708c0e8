package de.koeln.zks.plugin.citizensoffice.internal;

import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code citizens-office:counters [--unit] [--from]}: what {@code GET /api/plugins/citizens-office/counters} answers. */
@Service
@Command(scope = "citizens-office", name = "counters",
    description = "Incidents per service counter of the Bürgerämter (security managers, admins, the units' managers)")
public class CountersCommand implements Action {

    @Reference
    CounterBook book;

    @Option(name = "--unit", description = "Only this unit, e.g. \"Bürgeramt Kalk\"")
    String unit;

    @Option(name = "--from", description = "Only incidents that occurred at or after (2026-01-01 or with time and offset)")
    String from;

    @Override
    public Object execute() {
        CounterReport report = book.report(ConsoleCaller.current(), unit, QueryParams.periodStart("from", from));
        ShellTable table = new ShellTable();
        table.column("Unit");
        table.column("Counter").alignRight();
        table.column("Incidents").alignRight();
        table.column("Exit blocked").alignRight();
        table.column("No second exit").alignRight();
        table.column("Last");
        for (CounterCount c : report.counters) {
            table.addRow().addContent(c.unit, c.counter == null ? "-" : c.counter, c.incidents, c.secondExitBlocked,
                c.noSecondExit, c.lastOccurredAt == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.lastOccurredAt));
        }
        table.print(System.out);
        System.out.println(report.incidents + " incidents" + (report.complete ? "" : " (still counting the stored reports)"));
        return null;
    }
}
