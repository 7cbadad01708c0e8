package de.koeln.zks.alarm.internal.domain;

import java.util.Collection;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ForbiddenException;

/** Who may do what with an alarm. */
public final class AlarmAccess {

    private AlarmAccess() {
    }

    public static boolean isManager(Caller caller) {
        return caller.hasAnyRole(Roles.ADMIN, Roles.SECURITY_MANAGER);
    }

    /** Managers, the person who raised it, and members of the alarmed groups see an alarm. */
    public static boolean maySee(Caller caller, String raisedBy, Collection<String> alarmed, Groups groups) {
        return isManager(caller) || caller.name().equals(raisedBy) || groups.isMemberOfAny(caller.name(), alarmed);
    }

    /** Managers and responders of an alarmed group acknowledge and close. */
    public static void requireResponder(Caller caller, Collection<String> alarmed, Groups groups, long id) {
        if (isManager(caller)) {
            return;
        }
        if (!caller.hasRole(Roles.RESPONDER) || !groups.isMemberOfAny(caller.name(), alarmed)) {
            throw new ForbiddenException("Alarm " + id + " is not meant for your responder groups ("
                + String.join(", ", alarmed) + ")");
        }
    }

    /** Registry changes: admins and security managers. */
    public static void requireManager(Caller caller) {
        if (!isManager(caller)) {
            throw new ForbiddenException("Managing alarm points and responder groups needs the role admin or security-manager");
        }
    }
}
