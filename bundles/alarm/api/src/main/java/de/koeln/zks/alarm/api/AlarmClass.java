package de.koeln.zks.alarm.api;

/**
 * The classes of alarm of the standard for danger alarm systems (DIN VDE V 0827), in rising urgency.
 */
public enum AlarmClass {
    /** A colleague drops by as if by chance: the first group only, never escalated. */
    DEESCALATION,
    /** Immediate help: the first group, escalating group by group while nobody acknowledges. */
    HELP,
    /**
     * Armed attacker or hostage taking: every group of the building and every central desk at once, the
     * central desk told to call the police, no grace period (the person who raised it cannot cancel it).
     */
    RAMPAGE
}
