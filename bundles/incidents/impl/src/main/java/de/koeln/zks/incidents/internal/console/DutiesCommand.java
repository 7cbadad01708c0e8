package de.koeln.zks.incidents.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyQuery;
import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:duties}: duties after incidents by due time, or those of one incident. */
@Service
@Command(scope = "incident", name = "duties", description = "Lists duties after incidents by due time (--overdue: only overdue ones)")
public class DutiesCommand implements Action {

    @Reference
    DutyService duties;

    @Option(name = "--overdue", description = "Only open duties past their due time")
    boolean overdue;

    @Option(name = "--incident", description = "Only the duties of this incident")
    Long incident;

    @Option(name = "--state", description = "OPEN, DONE or NOT_NEEDED")
    String state;

    @Option(name = "--unit", description = "Only incidents of this unit")
    String unit;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        List<Duty> items;
        String footer;
        if (incident != null) {
            items = duties.duties(ConsoleCaller.current(), incident);
            footer = items.size() + " duties of incident " + incident;
        } else {
            DutyQuery query = new DutyQuery();
            query.overdue = overdue;
            query.state = QueryParams.enumValue("state", state, DutyState.class);
            query.unit = unit;
            Page<Duty> page = duties.list(ConsoleCaller.current(), query, 0, limit);
            items = page.items;
            footer = page.items.size() + " of " + page.total;
        }
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Incident").alignRight();
        table.column("Unit");
        table.column("Level").alignRight();
        table.column("Duty");
        table.column("Owner");
        table.column("Due");
        table.column("State");
        for (Duty d : items) {
            table.addRow().addContent(d.id, d.incidentId, ConsoleFormat.text(d.unit), ConsoleFormat.text(d.level), d.title,
                d.owner, ConsoleFormat.time(d.dueAt), d.overdue ? "OVERDUE" : d.state);
        }
        table.print(System.out);
        System.out.println(footer);
        return null;
    }
}
