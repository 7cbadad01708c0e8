package de.koeln.zks.incidents.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code warning:reject <id> <reason>}: a second security manager turns a proposal down. */
@Service
@Command(scope = "warning", name = "reject", description = "Rejects a proposed warning entry with a reason (four eyes: not your own)")
public class WarningRejectCommand implements Action {

    @Reference
    WarningService warnings;

    @Argument(index = 0, name = "id", description = "The entry id", required = true)
    long id;

    @Argument(index = 1, name = "reason", description = "Why", required = true, multiValued = true)
    List<String> reason;

    @Override
    public Object execute() {
        Warning w = warnings.reject(ConsoleCaller.current(), id, String.join(" ", reason), null);
        System.out.println("Warning entry " + w.id + " is now " + w.status + " (rejected by " + w.decidedBy + ")");
        return null;
    }
}
