package de.koeln.zks.platform.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.support.console.ConsoleCaller;

@Service
@Command(scope = "platform", name = "user-remove", description = "Removes a person's profile (not the login)")
public class UserRemoveCommand implements Action {

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "name", required = true)
    @Completion(UserNameCompleter.class)
    private String name;

    @Override
    public Object execute() {
        if (!users.delete(ConsoleCaller.current(), name)) {
            throw new NotFoundException("User", name);
        }
        System.out.println("Removed the profile of " + name);
        return null;
    }
}
