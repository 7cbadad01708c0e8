package de.koeln.zks.incidents.internal.domain;

import java.util.Collection;
import java.util.Objects;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;

/**
 * Who may do and see what. Employees report and see only their own reports: anyone else's is "not
 * found", so that its existence does not leak. Security managers and admins see all and do the triage.
 */
public final class Access {

    private Access() {
    }

    /** Security management: security managers and admins. */
    public static boolean isManager(Caller caller) {
        return caller.hasAnyRole(Roles.SECURITY_MANAGER, Roles.ADMIN);
    }

    public static boolean isReporter(Caller caller, String reportedBy) {
        return reportedBy != null && caller.name().equals(reportedBy);
    }

    /** Whether the caller may see the incident at all. */
    public static boolean maySee(Caller caller, String reportedBy) {
        return isManager(caller) || isReporter(caller, reportedBy);
    }

    /** Reporting and reading reports: employees, security managers, admins. */
    public static void requireReporting(Caller caller) {
        if (!caller.hasAnyRole(Roles.EMPLOYEE, Roles.SECURITY_MANAGER, Roles.ADMIN)) {
            throw new ForbiddenException("User " + caller.name() + " needs one of the roles "
                + Roles.EMPLOYEE + ", " + Roles.SECURITY_MANAGER + ", " + Roles.ADMIN);
        }
    }

    /** Reading risk notices: every member of staff. */
    public static void requireStaff(Caller caller) {
        if (!caller.hasAnyRole(Roles.EMPLOYEE, Roles.RESPONDER, Roles.SECURITY_MANAGER, Roles.ADMIN)) {
            throw new ForbiddenException("User " + caller.name() + " is not a member of staff");
        }
    }

    /** @param what what the caller tried, e.g. "change the status of incidents" */
    public static void requireManager(Caller caller, String what) {
        if (!isManager(caller)) {
            throw new ForbiddenException("Only security managers and admins may " + what);
        }
    }

    /**
     * Whether the caller may replace the fields of a report: security managers until it is closed or
     * rejected, the reporter while it is still {@code REPORTED}.
     */
    public static void checkUpdate(Caller caller, long id, String reportedBy, IncidentStatus status) {
        if (isManager(caller)) {
            if (Lifecycle.isFinal(status)) {
                throw new ConflictException("The incident is " + status + " and can no longer be changed");
            }
        } else if (isReporter(caller, reportedBy)) {
            if (status != IncidentStatus.REPORTED && status != IncidentStatus.DRAFT) {
                throw new ConflictException("The incident is " + status
                    + "; its reporter can change it only while it is " + IncidentStatus.DRAFT + " or " + IncidentStatus.REPORTED);
            }
        } else {
            throw new NotFoundException("Incident", id);
        }
    }

    /**
     * A copy of the filter as the caller may use it: employees filter only ever over their own reports.
     * Null sets count as empty.
     */
    public static IncidentQuery restrict(Caller caller, IncidentQuery query) {
        IncidentQuery q = new IncidentQuery();
        if (query != null) {
            q.from = query.from;
            q.to = query.to;
            addAll(q.units, query.units);
            addAll(q.kinds, query.kinds);
            addAll(q.levels, query.levels);
            addAll(q.statuses, query.statuses);
            q.reportedBy = query.reportedBy;
            q.building = query.building;
        }
        if (!isManager(caller)) {
            q.reportedBy = caller.name();
        }
        return q;
    }

    private static <T> void addAll(Collection<T> to, Collection<T> from) {
        if (from != null) {
            from.stream().filter(Objects::nonNull).forEach(to::add);
        }
    }

    /** Removes what only the reporter and security management may see. */
    public static Incident redact(Incident incident, Caller caller) {
        if (!maySee(caller, incident.reportedBy)) {
            incident.reportedBy = null;
            incident.witnessDetails = null;
        }
        return incident;
    }
}
