package de.koeln.zks.platform.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;
import de.koeln.zks.platform.support.console.ConsoleCaller;

@Service
@Command(scope = "platform", name = "user-set",
    description = "Creates or replaces a person's profile: display name, units, workstation (the login itself is jaas:user-add)")
public class UserSetCommand implements Action {

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "name", description = "Login name in the realm", required = true)
    @Completion(UserNameCompleter.class)
    private String name;

    @Option(name = "--display-name", description = "Name shown to others")
    private String displayName;

    @Option(name = "--unit", description = "Organisational unit (repeat for several)", multiValued = true)
    private List<String> units;

    @Option(name = "--workstation", description = "Registered workstation (alarm point id)")
    private String workstation;

    @Override
    public Object execute() {
        UserProfile profile = users.find(name).orElseGet(UserProfile::new);
        if (displayName != null) {
            profile.displayName = displayName;
        }
        if (units != null) {
            profile.units = units;
        }
        if (workstation != null) {
            profile.workstation = workstation;
        }
        UserProfile saved = users.put(ConsoleCaller.current(), name, profile, null);
        System.out.println(saved.name + ": " + saved.displayName + " " + saved.units + " (version " + saved.version + ")");
        return null;
    }
}
