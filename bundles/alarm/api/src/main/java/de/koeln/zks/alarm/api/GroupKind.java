package de.koeln.zks.alarm.api;

/** Who a responder group is: decides who a rampage alarm reaches and who is told to call the police. */
public enum GroupKind {
    /** Colleagues of a floor or unit, the nearest help. */
    NEARBY,
    /** The building's security service. */
    SECURITY_SERVICE,
    /** The central security desk: reached by every rampage alarm, told to call the police. */
    CENTRAL_DESK
}
