package de.koeln.zks.incidents.internal.console;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import de.koeln.zks.incidents.api.IncidentStatus;

/** Completes incident statuses. */
@Service
public class StatusCompleter implements Completer {
    private final StringsCompleter delegate = new StringsCompleter(
        Arrays.stream(IncidentStatus.values()).map(Enum::name).toList());

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return delegate.complete(session, commandLine, candidates);
    }
}
