package de.koeln.zks.inspections.internal.domain;

import java.util.Collection;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ForbiddenException;

/**
 * Who may do what: security managers and admins plan and perform inspections and set measures; the staff of a
 * unit see their own unit's inspections, findings and measures and report measures done. Anything of another unit
 * is "not found".
 */
public final class InspectionAccess {

    private InspectionAccess() {
    }

    public static boolean isManager(Caller caller) {
        return caller.hasAnyRole(Roles.SECURITY_MANAGER, Roles.ADMIN);
    }

    public static void requireManager(Caller caller, String what) {
        if (!isManager(caller)) {
            throw new ForbiddenException("Only security managers and admins may " + what);
        }
    }

    public static void requireStaff(Caller caller) {
        if (!caller.hasAnyRole(Roles.EMPLOYEE, Roles.UNIT_MANAGER, Roles.TRAINER, Roles.RESPONDER, Roles.SECURITY_MANAGER,
                Roles.ADMIN)) {
            throw new ForbiddenException("User " + caller.name() + " is not a member of staff");
        }
    }

    /** Security management, or staff of the unit. */
    public static boolean maySeeUnit(Caller caller, Collection<String> callerUnits, String unit) {
        return isManager(caller) || callerUnits.contains(unit);
    }
}
