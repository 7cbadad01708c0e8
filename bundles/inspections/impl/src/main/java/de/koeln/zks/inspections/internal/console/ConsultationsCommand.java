package de.koeln.zks.inspections.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.inspections.api.Consultation;
import de.koeln.zks.inspections.api.ConsultationQuery;
import de.koeln.zks.inspections.api.ConsultationService;
import de.koeln.zks.inspections.api.ConsultationUrgency;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.QueryParams;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code inspection:consultations}: the open consultations, the most urgent and oldest first. */
@Service
@Command(scope = "inspection", name = "consultations", description = "Lists open consultations, the most urgent and oldest "
    + "first (--all: every state, newest first; --unit, --urgency)")
public class ConsultationsCommand implements Action {

    @Reference
    ConsultationService consultations;

    @Option(name = "--all", description = "Also closed and declined ones, the newest first")
    boolean all;

    @Option(name = "--unit", description = "Only this unit")
    String unit;

    @Option(name = "--urgency", description = "ROUTINE, SOON or URGENT")
    String urgency;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        ConsultationQuery q = new ConsultationQuery();
        q.open = !all;
        q.unit = unit;
        q.urgency = QueryParams.enumValue("urgency", urgency, ConsultationUrgency.class);
        Page<Consultation> page = consultations.list(ConsoleCaller.current(), q, 0, limit);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Urgency");
        table.column("Requested");
        table.column("Respond by");
        table.column("Unit");
        table.column("Topic");
        table.column("State");
        table.column("Handler");
        table.column("Inspection").alignRight();
        for (Consultation c : page.items) {
            table.addRow().addContent(c.id, c.urgency, c.requestedAt == null ? "" : c.requestedAt.toLocalDate(), c.respondBy,
                c.unit, c.topic, c.overdue ? "OVERDUE" : c.state, ListCommand.text(c.handler), ListCommand.text(c.inspection));
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
