package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:group-remove <name>}: removes a responder group no alarm point names. */
@Service
@Command(scope = "alarm", name = "group-remove", description = "Removes a responder group that no alarm point names")
public class GroupRemoveCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Argument(index = 0, name = "name", description = "The group name", required = true)
    String name;

    @Override
    public Object execute() {
        registry.deleteGroup(ConsoleCaller.current(), name);
        System.out.println("Responder group " + name + " removed");
        return null;
    }
}
