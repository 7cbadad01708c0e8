package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:list [--all] [--state S]}: the open alarms (or all), newest first. */
@Service
@Command(scope = "alarm", name = "list", description = "Lists the open alarms (newest first)")
public class ListCommand implements Action {

    @Reference
    AlarmService alarms;

    @Option(name = "--all", description = "Closed and cancelled alarms too")
    boolean all;

    @Option(name = "--state", description = "Only this state (RAISED, ACKNOWLEDGED, CLOSED, CANCELLED)")
    String state;

    @Option(name = "--limit", description = "How many (default 50)")
    int limit = 50;

    @Override
    public Object execute() {
        var page = alarms.list(ConsoleCaller.current(), QueryParams.enumValue("state", state, AlarmState.class),
            !all && state == null, 0, limit);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("State");
        table.column("Class");
        table.column("Point");
        table.column("Building");
        table.column("Room");
        table.column("Raised");
        table.column("By");
        table.column("Step");
        table.column("Groups");
        table.column("Drill");
        for (Alarm a : page.items) {
            table.addRow().addContent(a.id, a.state, a.alarmClass, a.point.id, a.point.building, Format.text(a.point.room),
                Format.time(a.raisedAt), a.raisedBy, a.escalationStep, String.join(",", a.alarmedGroups),
                a.drill ? "DRILL" : "");
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
