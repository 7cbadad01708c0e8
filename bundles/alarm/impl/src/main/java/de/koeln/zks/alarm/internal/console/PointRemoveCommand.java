package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:point-remove <id>}: removes an alarm point. */
@Service
@Command(scope = "alarm", name = "point-remove", description = "Removes an alarm point")
public class PointRemoveCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Argument(index = 0, name = "id", description = "The point id", required = true)
    String id;

    @Override
    public Object execute() {
        registry.deletePoint(ConsoleCaller.current(), id);
        System.out.println("Alarm point " + id + " removed");
        return null;
    }
}
