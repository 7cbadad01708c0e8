package de.koeln.zks.platform.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.api.problem.ApiException;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** Completes the names of the user directory. */
@Service
public class UserNameCompleter implements Completer {

    @Reference
    private UserDirectory users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        try {
            for (UserProfile p : users.list(ConsoleCaller.current(), null, 0, 500).items) {
                delegate.getStrings().add(p.name);
            }
        } catch (ApiException notAllowed) {
            return -1; // no names for operators who may not read the directory
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
