package de.koeln.zks.inspections.api;

/** Groups of check items of the city's security standard. */
public enum ItemCategory {
    /** Building and escape routes. */
    BUILDING,
    /** Technical: alarm, locks, lighting. */
    TECHNICAL,
    /** Organisational: visitor management, appointments in pairs, lone working. */
    ORGANISATIONAL,
    /** Personal: training, behaviour. */
    PERSONAL
}
