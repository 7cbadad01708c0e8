package de.koeln.zks.platform.api;

/** The role names of the realm. Every endpoint and command names the roles that may use it. */
public final class Roles {
    /** Any staff member: reports incidents and sees their own reports. */
    public static final String EMPLOYEE = "employee";
    /** Security management: triage, all reports, statistics, risk notices. */
    public static final String SECURITY_MANAGER = "security-manager";
    /** Platform administration: users, audit trail. */
    public static final String ADMIN = "admin";
    /** Members of alarm responder groups. */
    public static final String RESPONDER = "responder";
    /** Trainers of violence-prevention courses: see the registrants of their sessions and record attendance. @since 1.1 */
    public static final String TRAINER = "trainer";
    /**
     * Managers of organisational units: act for the staff of the units in their own profile (register them for
     * training, approve their registrations). @since 1.1
     */
    public static final String UNIT_MANAGER = "unit-manager";

    private Roles() {
    }
}
