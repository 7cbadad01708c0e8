package de.koeln.zks.alarm.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** Completes the ids of open alarms. */
@Service
public class AlarmIdCompleter implements Completer {

    @Reference
    AlarmService alarms;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        try {
            alarms.list(ConsoleCaller.current(), null, true, 0, 100).items
                .forEach(a -> ids.getStrings().add(String.valueOf(a.id)));
        } catch (RuntimeException e) {
            return -1; // no completion for a caller who may not list alarms
        }
        return ids.complete(session, commandLine, candidates);
    }
}
