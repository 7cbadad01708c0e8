package de.koeln.zks.incidents.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.incidents.api.DutyUpdate;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:duty <incident> <duty> <DONE|NOT_NEEDED|OPEN> [note]}: marks a duty (security management). */
@Service
@Command(scope = "incident", name = "duty", description = "Marks a duty of an incident done, not needed (with a note) or open")
public class DutyCommand implements Action {

    @Reference
    DutyService duties;

    @Argument(index = 0, name = "incident", description = "The incident id", required = true)
    long incident;

    @Argument(index = 1, name = "duty", description = "The duty id (incident:duties --incident <id>)", required = true)
    long duty;

    @Argument(index = 2, name = "state", description = "DONE, NOT_NEEDED or OPEN", required = true)
    String state;

    @Argument(index = 3, name = "note", description = "A note (required for NOT_NEEDED)", multiValued = true)
    List<String> note;

    @Override
    public Object execute() {
        DutyUpdate update = new DutyUpdate();
        update.state = QueryParams.enumValue("state", state, DutyState.class);
        update.note = note == null ? null : String.join(" ", note);
        Duty marked = duties.update(ConsoleCaller.current(), incident, duty, update, null);
        System.out.println("Duty " + marked.id + " (" + marked.title + ") of incident " + marked.incidentId + " is now "
            + marked.state);
        return null;
    }
}
