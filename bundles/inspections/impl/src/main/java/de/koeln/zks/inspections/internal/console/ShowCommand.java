package de.koeln.zks.inspections.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.inspections.api.Answer;
import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code inspection:show <id>}: an inspection with its answers and findings. */
@Service
@Command(scope = "inspection", name = "show", description = "Shows an inspection with its answers and findings")
public class ShowCommand implements Action {

    @Reference
    InspectionService inspections;

    @Argument(index = 0, name = "id", description = "The inspection id", required = true)
    long id;

    @Override
    public Object execute() {
        Inspection i = inspections.get(ConsoleCaller.current(), id);
        System.out.println("Inspection " + i.id + ": " + i.unit + ", " + (i.location == null ? "" : ListCommand.text(i.location.building)
            + " " + ListCommand.text(i.location.room)) + ", " + i.scheduledFor + ", " + i.state + ", level " + i.riskLevel
            + ", template " + i.templateName + " v" + i.templateVersion);
        ShellTable answers = new ShellTable();
        answers.column("Item");
        answers.column("Required");
        answers.column("Result");
        answers.column("Note");
        for (Answer a : i.answers) {
            answers.addRow().addContent(a.key, a.required ? "yes" : "", ListCommand.text(a.result), ListCommand.text(a.note));
        }
        answers.print(System.out);
        ShellTable findings = new ShellTable();
        findings.column("Finding").alignRight();
        findings.column("Item");
        findings.column("Risk");
        findings.column("Measures").alignRight();
        findings.column("Open").alignRight();
        for (Finding f : i.findings) {
            findings.addRow().addContent(f.id, f.item, f.risk, f.measures, f.openMeasures);
        }
        findings.print(System.out);
        return null;
    }
}
