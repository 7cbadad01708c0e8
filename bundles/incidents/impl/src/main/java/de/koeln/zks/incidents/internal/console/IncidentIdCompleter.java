package de.koeln.zks.incidents.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** Completes the ids of the most recently reported incidents the operator may see. */
@Service
public class IncidentIdCompleter implements Completer {
    static final int RECENT = 50;

    @Reference
    IncidentService incidents;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        try {
            for (Incident i : incidents.list(ConsoleCaller.current(), new IncidentQuery(), 0, RECENT, "-reportedAt").items) {
                delegate.getStrings().add(String.valueOf(i.id));
            }
        } catch (RuntimeException e) {
            return -1; // no user or no right: nothing to offer
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
