package de.koeln.zks.incidents.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code warning:approve <id>}: the second security manager approves a proposal (never the proposer's own). */
@Service
@Command(scope = "warning", name = "approve", description = "Approves a proposed warning entry (four eyes: not your own)")
public class WarningApproveCommand implements Action {

    @Reference
    WarningService warnings;

    @Argument(index = 0, name = "id", description = "The entry id", required = true)
    long id;

    @Override
    public Object execute() {
        Warning w = warnings.approve(ConsoleCaller.current(), id, null);
        System.out.println("Warning entry " + w.id + " is now " + w.status + " (approved by " + w.decidedBy + ")");
        return null;
    }
}
