package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:points [--building B]}: the alarm points with their groups in escalation order. */
@Service
@Command(scope = "alarm", name = "points", description = "Lists the alarm points and their responder groups")
public class PointsCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Option(name = "--building", description = "Only the points of this building")
    String building;

    @Override
    public Object execute() {
        var caller = ConsoleCaller.current();
        AlarmAccess.requireManager(caller);
        ShellTable table = new ShellTable();
        table.column("Point");
        table.column("Building");
        table.column("Floor");
        table.column("Room");
        table.column("Unit");
        table.column("Groups (escalation order)");
        table.column("Last heartbeat");
        var page = registry.points(caller, building, 0, 500);
        for (AlarmPoint p : page.items) {
            table.addRow().addContent(p.id, p.building, Format.text(p.floor), Format.text(p.room), Format.text(p.unit),
                String.join(" > ", p.groups), Format.time(p.lastHeartbeat));
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
