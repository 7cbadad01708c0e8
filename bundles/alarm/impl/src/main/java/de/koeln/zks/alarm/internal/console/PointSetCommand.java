package de.koeln.zks.alarm.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:point-set --building B [...] <id> <group...>} (options before the arguments): creates or replaces an alarm point. */
@Service
@Command(scope = "alarm", name = "point-set", description = "Creates or replaces an alarm point (groups in escalation order)")
public class PointSetCommand implements Action {

    @Reference
    AlarmRegistry registry;

    @Argument(index = 0, name = "id", description = "The point id, e.g. the workstation or room", required = true)
    String id;

    @Argument(index = 1, name = "groups", description = "Responder groups, nearest first", required = true, multiValued = true)
    List<String> groups;

    @Option(name = "--building", description = "The building", required = true)
    String building;

    @Option(name = "--floor", description = "The floor")
    String floor;

    @Option(name = "--room", description = "The room")
    String room;

    @Option(name = "--unit", description = "The organisational unit working there")
    String unit;

    @Option(name = "--directions", description = "How responders find it")
    String directions;

    @Option(name = "--class", description = "An offered alarm class (repeatable; default all)", multiValued = true)
    List<String> classes;

    @Option(name = "--escalation-seconds", description = "Seconds without acknowledgement before the next group")
    Integer escalationSeconds;

    @Override
    public Object execute() {
        AlarmPoint p = new AlarmPoint();
        p.id = id;
        p.building = building;
        p.floor = floor;
        p.room = room;
        p.unit = unit;
        p.directions = directions;
        p.groups = groups;
        p.classes = new ArrayList<>(QueryParams.enumSet("class", classes, AlarmClass.class));
        p.escalationSeconds = escalationSeconds;
        AlarmPoint stored = registry.putPoint(ConsoleCaller.current(), id, p, null);
        System.out.println("Alarm point " + stored.id + " in " + stored.building + ": " + String.join(" > ", stored.groups));
        return null;
    }
}
