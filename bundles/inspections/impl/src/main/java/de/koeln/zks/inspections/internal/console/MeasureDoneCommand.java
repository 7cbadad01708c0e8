package de.koeln.zks.inspections.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code inspection:measure-done <id> [note]}: marks a measure done. */
@Service
@Command(scope = "inspection", name = "measure-done", description = "Marks a measure done, with an optional note")
public class MeasureDoneCommand implements Action {

    @Reference
    MeasureService measures;

    @Argument(index = 0, name = "id", description = "The measure id", required = true)
    long id;

    @Argument(index = 1, name = "note", description = "A note", multiValued = true)
    List<String> note;

    @Override
    public Object execute() {
        Measure m = measures.done(ConsoleCaller.current(), id, note == null ? null : String.join(" ", note), null);
        System.out.println("Measure " + m.id + " (" + m.what + ") is now " + m.state);
        return null;
    }
}
