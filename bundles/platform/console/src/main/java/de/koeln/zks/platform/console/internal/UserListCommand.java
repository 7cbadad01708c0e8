package de.koeln.zks.platform.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.support.console.ConsoleCaller;

@Service
@Command(scope = "platform", name = "users", description = "Lists the user directory (display names, units, workstations)")
public class UserListCommand implements Action {

    @Reference
    private UserDirectory users;

    @Option(name = "--unit", description = "Only people of this organisational unit")
    private String unit;

    @Option(name = "--limit", description = "At most this many (default 100)")
    private int limit = 100;

    @Override
    public Object execute() {
        Page<UserProfile> page = users.list(ConsoleCaller.current(), unit, 0, Math.max(1, Math.min(limit, 500)));
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Display name");
        table.column("Units");
        table.column("Workstation");
        for (UserProfile p : page.items) {
            table.addRow().addContent(p.name, p.displayName, String.join(", ", p.units), p.workstation);
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
