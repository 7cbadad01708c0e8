package de.koeln.zks.training.internal.console;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.support.console.ConsoleCaller;
import de.koeln.zks.training.api.SessionQuery;
import de.koeln.zks.training.api.TrainingCatalog;
import de.koeln.zks.training.api.TrainingSession;

/** {@code training:sessions}: the coming sessions with their seats free, taken and waiting. */
@Service
@Command(scope = "training", name = "sessions", description = "Lists sessions with seats free, taken and waiting (--all: also past ones)")
public class SessionsCommand implements Action {

    @Reference
    TrainingCatalog catalog;

    @Option(name = "--all", description = "Also sessions that have begun")
    boolean all;

    @Option(name = "--course", description = "Only sessions of this course id")
    Long course;

    @Option(name = "--limit", description = "At most this many (1-500)")
    int limit = 50;

    @Override
    public Object execute() {
        SessionQuery query = new SessionQuery();
        query.course = course;
        query.from = all ? null : OffsetDateTime.now();
        Page<TrainingSession> page = catalog.sessions(ConsoleCaller.current(), query, 0, limit);
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Starts");
        table.column("Course");
        table.column("Place");
        table.column("Trainer");
        table.column("Capacity").alignRight();
        table.column("Taken").alignRight();
        table.column("Free").alignRight();
        table.column("Waiting").alignRight();
        table.column("Status");
        for (TrainingSession s : page.items) {
            table.addRow().addContent(s.id, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.startsAt), s.courseTitle,
                s.place == null ? (s.link == null ? "" : s.link) : s.place, s.trainer == null ? "" : s.trainer, s.capacity,
                s.taken, s.free, s.waiting, s.status);
        }
        table.print(System.out);
        System.out.println(page.items.size() + " of " + page.total);
        return null;
    }
}
