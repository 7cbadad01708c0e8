package de.koeln.zks.inspections.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureQuery;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code inspection:measures}: measures by due date, overdue first to see. */
@Service
@Command(scope = "inspection", name = "measures", description = "Lists measures by due date (--overdue: open and past due, --unit: owner unit)")
public class MeasuresCommand implements Action {

    @Reference
    MeasureService measures;

    @Option(name = "--overdue", description = "Only open measures past their due date")
    boolean overdue;

    @Option(name = "--unit", description = "Only measures this unit owns")
    String unit;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        MeasureQuery q = new MeasureQuery();
        q.overdue = overdue;
        q.ownerUnit = unit;
        Page<Measure> page = measures.list(ConsoleCaller.current(), q, 0, limit);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Due");
        table.column("Owner unit");
        table.column("What");
        table.column("Risk");
        table.column("State");
        for (Measure m : page.items) {
            table.addRow().addContent(m.id, m.due, m.ownerUnit, m.what, m.risk, m.overdue ? "OVERDUE" : m.state);
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
