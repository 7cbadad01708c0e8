package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.internal.service.JpaAlarmService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:silent}: alarm points whose client stopped sending heartbeats (a dead client nobody sees). */
@Service
@Command(scope = "alarm", name = "silent", description = "Lists alarm points whose client has gone silent")
public class SilentCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Reference
    JpaAlarmService service;

    @Override
    public Object execute() {
        var silentFor = service.settings().silentPoint();
        ShellTable table = new ShellTable();
        table.column("Point");
        table.column("Building");
        table.column("Room");
        table.column("Unit");
        table.column("Last heartbeat");
        var list = registry.silentPoints(ConsoleCaller.current(), silentFor);
        for (AlarmPoint p : list) {
            table.addRow().addContent(p.id, p.building, Format.text(p.room), Format.text(p.unit), Format.time(p.lastHeartbeat));
        }
        table.print(System.out);
        System.out.println(list.size() + " point(s) silent for more than " + silentFor.toMinutes() + " min");
        return null;
    }
}
