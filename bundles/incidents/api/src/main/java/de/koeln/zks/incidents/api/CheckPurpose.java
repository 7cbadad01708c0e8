package de.koeln.zks.incidents.api;

/** Why an employee checks a person: every check is audited with it. */
public enum CheckPurpose {
    COUNTER_APPOINTMENT, HOME_VISIT, ENFORCEMENT, OTHER
}
