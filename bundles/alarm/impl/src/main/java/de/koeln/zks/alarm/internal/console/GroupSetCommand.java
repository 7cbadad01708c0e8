package de.koeln.zks.alarm.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.api.GroupKind;
import de.koeln.zks.alarm.api.ResponderGroup;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:group-set [--kind K] [--description D] <name> <member...>}: creates or replaces a responder group. */
@Service
@Command(scope = "alarm", name = "group-set", description = "Creates or replaces a responder group")
public class GroupSetCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Argument(index = 0, name = "name", description = "The group name, e.g. floor-1", required = true)
    String name;

    @Argument(index = 1, name = "members", description = "User names of the members (role responder)", multiValued = true)
    List<String> members;

    @Option(name = "--kind", description = "NEARBY (default), SECURITY_SERVICE or CENTRAL_DESK")
    String kind;

    @Option(name = "--description", description = "What the group is")
    String description;

    @Override
    public Object execute() {
        ResponderGroup g = new ResponderGroup();
        g.name = name;
        g.kind = QueryParams.enumValue("kind", kind, GroupKind.class);
        g.description = description;
        g.members = members == null ? List.of() : members;
        ResponderGroup stored = registry.putGroup(ConsoleCaller.current(), name, g, null);
        System.out.println("Responder group " + stored.name + " (" + stored.kind + "): " + String.join(", ", stored.members));
        return null;
    }
}
