package de.koeln.zks.platform.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import de.koeln.zks.platform.api.ModuleDirectory;
import de.koeln.zks.platform.api.ModuleInfo;

@Service
@Command(scope = "platform", name = "modules", description = "Lists the installed modules with their version and state")
public class ModulesCommand implements Action {

    @Reference
    private ModuleDirectory modules;

    @Override
    public Object execute() {
        List<ModuleInfo> all = modules.modules();
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Path");
        table.column("Bundle");
        table.column("Version");
        table.column("API");
        table.column("State");
        table.column("Problem");
        for (ModuleInfo m : all) {
            table.addRow().addContent(m.name, m.path, m.bundle, m.version, m.apiVersion, m.state, m.problem);
        }
        table.print(System.out);
        System.out.println(all.size() + " modules");
        return null;
    }
}
