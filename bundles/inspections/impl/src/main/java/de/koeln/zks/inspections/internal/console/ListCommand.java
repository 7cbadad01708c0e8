package de.koeln.zks.inspections.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionQuery;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code inspection:list}: planned and overdue work (default: what is not completed), by date. */
@Service
@Command(scope = "inspection", name = "list", description = "Lists inspections by date: planned and in progress (--overdue: past their date, --state, --unit)")
public class ListCommand implements Action {

    @Reference
    InspectionService inspections;

    @Option(name = "--overdue", description = "Only those not completed whose date has passed")
    boolean overdue;

    @Option(name = "--state", description = "PLANNED, IN_PROGRESS or COMPLETED")
    String state;

    @Option(name = "--unit", description = "Only this unit")
    String unit;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        InspectionQuery q = new InspectionQuery();
        q.overdue = overdue;
        q.state = QueryParams.enumValue("state", state, InspectionState.class);
        q.unit = unit;
        Page<Inspection> page = inspections.list(ConsoleCaller.current(), q, 0, limit);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Date");
        table.column("Unit");
        table.column("Building");
        table.column("Room");
        table.column("Template");
        table.column("State");
        table.column("Findings").alignRight();
        for (Inspection i : page.items) {
            if (state == null && !overdue && i.state == InspectionState.COMPLETED) {
                continue;
            }
            table.addRow().addContent(i.id, i.scheduledFor, i.unit, i.location == null ? "" : text(i.location.building),
                i.location == null ? "" : text(i.location.room), i.templateName + " v" + i.templateVersion, i.state,
                i.findings.size());
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }

    static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
