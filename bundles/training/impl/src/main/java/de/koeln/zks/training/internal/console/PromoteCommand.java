package de.koeln.zks.training.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.platform.support.console.ConsoleCaller;
import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationService;

/** {@code training:promote <registration>}: gives a waiting registrant a seat now (one more seat if full). */
@Service
@Command(scope = "training", name = "promote", description = "Gives a waiting registrant a seat now, ahead of the list (adds a seat when full)")
public class PromoteCommand implements Action {

    @Reference
    RegistrationService registrations;

    @Argument(index = 0, name = "registration", description = "The registration id", required = true)
    long registration;

    @Override
    public Object execute() {
        Registration r = registrations.promote(ConsoleCaller.current(), registration);
        System.out.println("Registration " + r.id + " of " + r.participant + " is now " + r.status);
        return null;
    }
}
