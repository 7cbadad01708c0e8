package de.koeln.zks.training.internal.domain;

import java.util.Collection;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ForbiddenException;

/**
 * Who may do what in training. Security managers and admins keep everything; trainers see and mark their own
 * sessions; unit managers act for the staff of their units; every member of staff registers themself and sees
 * their own registrations.
 */
public final class TrainingAccess {

    private TrainingAccess() {
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
        if (!caller.hasAnyRole(Roles.EMPLOYEE, Roles.TRAINER, Roles.UNIT_MANAGER, Roles.RESPONDER,
                Roles.SECURITY_MANAGER, Roles.ADMIN)) {
            throw new ForbiddenException("User " + caller.name() + " is not a member of staff");
        }
    }

    /** A unit manager whose own units share one with the participant's. */
    public static boolean managesUnitOf(Caller caller, Collection<String> callerUnits, Collection<String> participantUnits) {
        return caller.hasRole(Roles.UNIT_MANAGER) && callerUnits.stream().anyMatch(participantUnits::contains);
    }

    public static boolean isTrainerOf(Caller caller, String trainer) {
        return trainer != null && trainer.equals(caller.name());
    }
}
