package de.koeln.zks.training.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.support.console.ConsoleCaller;
import de.koeln.zks.training.api.Refresher;
import de.koeln.zks.training.api.TrainingRecords;

/** {@code training:refreshers}: who is overdue for a recommended course, per unit. */
@Service
@Command(scope = "training", name = "refreshers", description = "Lists staff overdue for a course recommended for their unit (--all: everyone)")
public class RefreshersCommand implements Action {

    @Reference
    TrainingRecords records;

    @Option(name = "--all", description = "Everyone, not only the overdue")
    boolean all;

    @Option(name = "--unit", description = "Only this unit")
    String unit;

    @Override
    public Object execute() {
        List<Refresher> list = records.refreshers(ConsoleCaller.current(), !all, unit);
        ShellTable table = new ShellTable();
        table.column("Unit");
        table.column("Risk").alignRight();
        table.column("Person");
        table.column("Course");
        table.column("Last attended");
        table.column("Due");
        for (Refresher r : list) {
            table.addRow().addContent(r.unit, r.unitRiskLevel, r.participant, r.courseTitle,
                r.lastAttended == null ? "never" : r.lastAttended, r.overdue ? r.dueOn + " OVERDUE" : r.dueOn);
        }
        table.print(System.out);
        System.out.println(list.size() + (all ? " entries" : " overdue"));
        return null;
    }
}
