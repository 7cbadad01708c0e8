package de.koeln.zks.training.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.platform.support.console.ConsoleCaller;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationService;

/** {@code training:remove <registration> [reason]}: cancels a registration; the waiting list moves up. */
@Service
@Command(scope = "training", name = "remove", description = "Removes a registrant (cancels the registration); the first waiting moves up")
public class RemoveCommand implements Action {

    @Reference
    RegistrationService registrations;

    @Argument(index = 0, name = "registration", description = "The registration id", required = true)
    long registration;

    @Argument(index = 1, name = "reason", description = "Why", multiValued = true)
    List<String> reason;

    @Override
    public Object execute() {
        Registration r = registrations.cancel(ConsoleCaller.current(), registration,
            reason == null ? null : String.join(" ", reason));
        System.out.println("Registration " + r.id + " of " + r.participant + " is now " + r.status);
        return null;
    }
}
