package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmTrigger;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:drill <point> [--class C]}: a drill alarm (first group only, marked as drill, leaves no incident). */
@Service
@Command(scope = "alarm", name = "drill", description = "Triggers a drill alarm at a point")
public class DrillCommand implements Action {

    @Reference
    AlarmService alarms;

    @Argument(index = 0, name = "point", description = "The alarm point id", required = true)
    String point;

    @Option(name = "--class", description = "DEESCALATION, HELP (default) or RAMPAGE")
    String alarmClass;

    @Override
    public Object execute() {
        AlarmTrigger t = new AlarmTrigger();
        t.point = point;
        t.drill = true;
        t.alarmClass = QueryParams.enumValue("class", alarmClass, AlarmClass.class);
        t.note = "Übung / drill";
        var raised = alarms.trigger(ConsoleCaller.current(), t);
        System.out.println((raised.joined() ? "Joined drill alarm " : "Drill alarm ") + raised.alarm().id + " at "
            + point + " to " + String.join(", ", raised.alarm().alarmedGroups));
        return null;
    }
}
