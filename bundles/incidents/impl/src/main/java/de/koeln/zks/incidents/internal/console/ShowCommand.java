package de.koeln.zks.incidents.internal.console;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.incidents.api.StatusChange;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code incident:show <id>}: one incident and its history (a security manager's read is audited). */
@Service
@Command(scope = "incident", name = "show", description = "Shows an incident and its history")
public class ShowCommand implements Action {

    @Reference
    IncidentService incidents;

    @Argument(index = 0, name = "id", description = "The incident id", required = true)
    @Completion(IncidentIdCompleter.class)
    long id;

    @Override
    public Object execute() {
        Caller caller = ConsoleCaller.current();
        Incident i = incidents.get(caller, id);
        Location l = i.location == null ? new Location() : i.location;
        ShellTable fields = new ShellTable();
        fields.column("Field");
        fields.column("Value").maxSize(100).wrap();
        row(fields, "id", i.id);
        row(fields, "status", i.status + (i.statusReason == null ? "" : " (" + i.statusReason + ")"));
        row(fields, "version", i.version);
        row(fields, "occurredAt", ConsoleFormat.time(i.occurredAt));
        row(fields, "reportedAt", ConsoleFormat.time(i.reportedAt));
        row(fields, "reportedBy", i.reportedBy);
        row(fields, "unit", i.unit);
        row(fields, "location", Stream.of(l.building, l.floor, l.room, l.address)
            .map(ConsoleFormat::text).filter(part -> !part.isBlank()).collect(Collectors.joining(" / ")));
        row(fields, "kind", i.kind);
        row(fields, "level", i.level);
        row(fields, "description", i.description);
        row(fields, "personsHarmed", i.personsHarmed);
        row(fields, "injuries", i.injuries);
        row(fields, "incapacityDays", i.incapacityDays);
        row(fields, "accidentReportDue", i.accidentReportDue);
        row(fields, "policeCalled", i.policeCalled);
        row(fields, "criminalComplaintFiled", i.criminalComplaintFiled);
        row(fields, "complaintFileNumber", i.complaintFileNumber);
        row(fields, "houseBanImposed", i.houseBanImposed);
        row(fields, "firstAidGiven", i.firstAidGiven);
        row(fields, "aftercareOffered", i.aftercareOffered);
        row(fields, "witnessCount", i.witnessCount);
        row(fields, "witnessDetails", i.witnessDetails);
        row(fields, "erased", i.erased);
        fields.print(System.out);

        ShellTable history = new ShellTable();
        history.column("At");
        history.column("From");
        history.column("To");
        history.column("By");
        history.column("Reason").maxSize(60).wrap();
        for (StatusChange c : incidents.history(caller, id)) {
            history.addRow().addContent(ConsoleFormat.time(c.at), ConsoleFormat.text(c.from), c.to,
                ConsoleFormat.text(c.by), ConsoleFormat.text(c.reason));
        }
        history.print(System.out);
        return null;
    }

    private static void row(ShellTable table, String field, Object value) {
        table.addRow().addContent(field, ConsoleFormat.text(value));
    }
}
