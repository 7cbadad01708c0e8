package de.koeln.zks.incidents.api;

/** What happened. */
public enum IncidentKind {
    INSULT, THREAT, COERCION, PHYSICAL_ASSAULT, SEXUAL_HARASSMENT, PROPERTY_DAMAGE, WEAPON, STALKING, OTHER
}
