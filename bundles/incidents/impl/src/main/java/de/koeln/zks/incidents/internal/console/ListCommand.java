package de.koeln.zks.incidents.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.internal.domain.IncidentFilters;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:list}: incidents, newest first, filtered as {@code GET /api/incidents}. */
@Service
@Command(scope = "incident", name = "list", description = "Lists incidents, newest first (employees: their own)")
public class ListCommand implements Action {

    @Reference
    IncidentService incidents;

    @Option(name = "--unit", description = "Organisational unit (repeatable)", multiValued = true)
    List<String> units;

    @Option(name = "--status", description = "Status, e.g. REPORTED,IN_REVIEW (repeatable)", multiValued = true)
    @Completion(StatusCompleter.class)
    List<String> statuses;

    @Option(name = "--kind", description = "Kind, e.g. THREAT (repeatable)", multiValued = true)
    List<String> kinds;

    @Option(name = "--level", description = "Aachener Modell level 0-3 (repeatable)", multiValued = true)
    List<String> levels;

    @Option(name = "--from", description = "Occurred at or after (2026-11-01 or 2026-11-01T00:00:00+01:00)")
    String from;

    @Option(name = "--to", description = "Occurred up to (2026-11-30: to the end of that day in Cologne, or before a date-time with offset)")
    String to;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        var params = new ConsoleFormat.Params().add("unit", units).add("status", statuses).add("kind", kinds)
            .add("level", levels).add("from", from).add("to", to);
        Page<Incident> page = incidents.list(ConsoleCaller.current(), IncidentFilters.parse(params.map()), 0, limit, null);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Occurred");
        table.column("Unit");
        table.column("Kind");
        table.column("Level").alignRight();
        table.column("Status");
        for (Incident i : page.items) {
            table.addRow().addContent(i.id, ConsoleFormat.time(i.occurredAt), i.unit, i.kind, i.level, i.status);
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
