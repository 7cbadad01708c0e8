package de.koeln.zks.incidents.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:erase-expired}: runs the retention now instead of waiting for the scheduled run. */
@Service
@Command(scope = "incident", name = "erase-expired",
    description = "Erases the personal data of incidents closed or rejected longer ago than the retention")
public class EraseExpiredCommand implements Action {

    @Reference
    IncidentService incidents;

    @Override
    public Object execute() {
        int erased = incidents.eraseExpired(ConsoleCaller.current());
        System.out.println("Erased the personal data of " + erased + " incident" + (erased == 1 ? "" : "s"));
        return null;
    }
}
