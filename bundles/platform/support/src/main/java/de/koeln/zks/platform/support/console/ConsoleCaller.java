package de.koeln.zks.platform.support.console;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ApiException;

/**
 * The operator logged in to the Karaf console (ssh, bin/client, local console), as a {@link Caller}
 * with the roles of the realm, so that commands go through the same checks as REST.
 */
public final class ConsoleCaller {

    private ConsoleCaller() {
    }

    @SuppressWarnings("removal")
    public static Caller current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new ApiException(401, "Unauthorized", "The console session has no logged-in user");
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst()
            .orElseThrow(() -> new ApiException(401, "Unauthorized", "The console session has no logged-in user"));
        Set<String> roles = new TreeSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(r -> roles.add(r.getName()));
        return new Caller(name, roles);
    }
}
