package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.alarm.api.Subscriber;
import de.koeln.zks.alarm.internal.delivery.StreamHub;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:responders}: who holds an alarm stream right now. */
@Service
@Command(scope = "alarm", name = "responders", description = "Lists the connected responder streams")
public class RespondersCommand implements Action {

    @Reference
    StreamHub hub;

    @Override
    public Object execute() {
        AlarmAccess.requireManager(ConsoleCaller.current());
        ShellTable table = new ShellTable();
        table.column("User");
        table.column("Source");
        table.column("Since");
        table.column("Delivered");
        table.column("Pending");
        var list = hub.subscribers();
        for (Subscriber s : list) {
            table.addRow().addContent(s.user, s.source, Format.time(s.since), s.delivered, s.pending);
        }
        table.print(System.out);
        System.out.println(list.size() + " stream(s)");
        return null;
    }
}
