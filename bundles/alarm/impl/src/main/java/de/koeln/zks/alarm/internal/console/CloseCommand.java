package de.koeln.zks.alarm.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmClose;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:close <id> <outcome...> [--level n]}: the all-clear. */
@Service
@Command(scope = "alarm", name = "close", description = "Closes an alarm with an all-clear and its outcome")
public class CloseCommand implements Action {

    @Reference
    AlarmService alarms;

    @Argument(index = 0, name = "id", description = "The alarm id", required = true)
    @Completion(AlarmIdCompleter.class)
    long id;

    @Argument(index = 1, name = "outcome", description = "What happened", required = true, multiValued = true)
    List<String> outcome;

    @Option(name = "--level", description = "Aachener Modell level 0-3 of what happened (default: from the class)")
    Integer level;

    @Override
    public Object execute() {
        AlarmClose close = new AlarmClose();
        close.outcome = String.join(" ", outcome);
        close.level = level;
        Alarm a = alarms.close(ConsoleCaller.current(), id, close);
        System.out.println("Alarm " + a.id + " closed by " + a.closedBy + " (level " + a.level + ")");
        return null;
    }
}
