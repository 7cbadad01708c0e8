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

    private Roles() {
    }
}
