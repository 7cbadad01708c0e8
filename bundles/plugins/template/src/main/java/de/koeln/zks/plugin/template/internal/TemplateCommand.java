package de.koeln.zks.plugin.template.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code template:status}: the console scope is the plugin's name; the same roles as the REST resource. */
@Service
@Command(scope = "template", name = "status", description = "Reports of the plugin's units since the plugin started")
public class TemplateCommand implements Action {

    @Reference
    TemplateListener listener;

    @Override
    public Object execute() {
        if (!ConsoleCaller.current().hasAnyRole(Roles.SECURITY_MANAGER, Roles.ADMIN)) {
            throw new ForbiddenException("Only security managers and admins may see this");
        }
        System.out.println(listener.reports() + " reports of " + String.join(", ", listener.units()));
        return null;
    }
}
