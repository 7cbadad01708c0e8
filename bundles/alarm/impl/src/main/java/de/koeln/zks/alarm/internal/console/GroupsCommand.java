package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.api.ResponderGroup;
import de.koeln.zks.alarm.internal.domain.AlarmAccess;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:groups}: the responder groups and their members. */
@Service
@Command(scope = "alarm", name = "groups", description = "Lists the responder groups and their members")
public class GroupsCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Override
    public Object execute() {
        var caller = ConsoleCaller.current();
        AlarmAccess.requireManager(caller);
        ShellTable table = new ShellTable();
        table.column("Group");
        table.column("Kind");
        table.column("Members");
        table.column("Description");
        for (ResponderGroup g : registry.groups(caller)) {
            table.addRow().addContent(g.name, g.kind, String.join(", ", g.members), Format.text(g.description));
        }
        table.print(System.out);
        return null;
    }
}
