package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:acknowledge <id>}: an operator takes an alarm over (stops its escalation). */
@Service
@Command(scope = "alarm", name = "acknowledge", description = "Acknowledges an alarm (on my way)")
public class AcknowledgeCommand implements Action {

    @Reference
    AlarmService alarms;

    @Argument(index = 0, name = "id", description = "The alarm id", required = true)
    @Completion(AlarmIdCompleter.class)
    long id;

    @Override
    public Object execute() {
        Alarm a = alarms.acknowledge(ConsoleCaller.current(), id);
        System.out.println("Alarm " + a.id + " acknowledged by " + a.acknowledgedBy);
        return null;
    }
}
