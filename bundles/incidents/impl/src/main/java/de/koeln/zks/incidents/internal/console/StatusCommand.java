package de.koeln.zks.incidents.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:status <id> <STATUS> [reason]}: moves an incident on (security managers and admins). */
@Service
@Command(scope = "incident", name = "status", description = "Changes the status of an incident")
public class StatusCommand implements Action {

    @Reference
    IncidentService incidents;

    @Argument(index = 0, name = "id", description = "The incident id", required = true)
    @Completion(IncidentIdCompleter.class)
    long id;

    @Argument(index = 1, name = "status", description = "The new status", required = true)
    @Completion(StatusCompleter.class)
    String status;

    @Argument(index = 2, name = "reason", description = "Why (required for REJECTED)", multiValued = true)
    List<String> reason;

    @Override
    public Object execute() {
        StatusRequest request = new StatusRequest(QueryParams.enumValue("status", status, IncidentStatus.class),
            reason == null ? null : String.join(" ", reason));
        Incident changed = incidents.changeStatus(ConsoleCaller.current(), id, request, null);
        System.out.println("Incident " + changed.id + " is now " + changed.status + " (version " + changed.version + ")");
        return null;
    }
}
