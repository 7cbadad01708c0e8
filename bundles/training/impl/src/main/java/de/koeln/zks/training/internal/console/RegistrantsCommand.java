package de.koeln.zks.training.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.support.console.ConsoleCaller;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationService;

/** {@code training:registrants <session>}: seat holders, then the waiting list in order. */
@Service
@Command(scope = "training", name = "registrants", description = "Shows the registrants of a session: seat holders, then the waiting list")
public class RegistrantsCommand implements Action {

    @Reference
    RegistrationService registrations;

    @Argument(index = 0, name = "session", description = "The session id", required = true)
    long session;

    @Override
    public Object execute() {
        List<Registration> list = registrations.registrations(ConsoleCaller.current(), session);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Participant");
        table.column("Status");
        table.column("Position").alignRight();
        table.column("Registered by");
        table.column("Attended");
        for (Registration r : list) {
            table.addRow().addContent(r.id, r.participant, r.status, r.position == null ? "" : r.position, r.registeredBy,
                r.attended == null ? "" : r.attended ? "yes" : "no-show");
        }
        table.print(System.out);
        System.out.println(list.size() + " registrations");
        return null;
    }
}
