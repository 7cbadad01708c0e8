package de.koeln.zks.platform.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.spi.PluginInfo;
import de.koeln.zks.platform.spi.PluginRegistry;

@Service
@Command(scope = "platform", name = "plugins", description = "Lists the installed department plugins with their state and problems")
public class PluginsCommand implements Action {

    @Reference
    private PluginRegistry plugins;

    @Option(name = "--problems", aliases = "-p", description = "Also print each plugin's problems")
    private boolean problems;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Plugin");
        table.column("Version");
        table.column("Department");
        table.column("Units");
        table.column("State");
        table.column("Bundle");
        table.column("Fields");
        table.column("Listeners");
        table.column("Events ok/failed/dropped");
        var all = plugins.plugins();
        for (PluginInfo p : all) {
            table.addRow().addContent(p.name, p.version, p.department, p.units.isEmpty() ? "all" : String.join(", ", p.units),
                p.state, p.bundleId + " " + p.bundleState, p.extraFields, p.listeners,
                p.eventsHandled + "/" + p.eventsFailed + "/" + p.eventsDropped);
        }
        table.print(System.out);
        for (PluginInfo p : all) {
            if ((problems || p.state == de.koeln.zks.platform.spi.PluginState.FAILED) && !p.problems.isEmpty()) {
                System.out.println(p.name + ":");
                p.problems.forEach(problem -> System.out.println("  - " + problem));
            }
        }
        System.out.println(all.size() + " plugins");
        return null;
    }
}
