package de.koeln.zks.incidents.api;

/**
 * EventAdmin topics the incidents module posts after a change is stored, and their properties. Events carry
 * no personal data: no description, no reporter.
 */
public final class IncidentEvents {
    public static final String TOPIC_PREFIX = "de/koeln/zks/incidents/";
    /** Subscribe to every topic of the module. */
    public static final String ALL = TOPIC_PREFIX + "*";

    /**
     * A new incident was reported: {@link #ID}, {@link #LEVEL}, {@link #KIND}, {@link #UNIT}, {@link #STATUS}. A
     * draft posts nothing when it is made; its submission posts {@link #STATUS_CHANGED} to {@code REPORTED}.
     */
    public static final String REPORTED = TOPIC_PREFIX + "REPORTED";
    /** An incident's status changed: as {@link #REPORTED} plus {@link #PREVIOUS_STATUS}. */
    public static final String STATUS_CHANGED = TOPIC_PREFIX + "STATUS_CHANGED";
    /** An incident's fields were changed: as {@link #REPORTED}. */
    public static final String UPDATED = TOPIC_PREFIX + "UPDATED";
    /** A risk notice was published or changed: {@link #ID} (of the notice), {@link #UNIT} (absent for a location-only notice). */
    public static final String NOTICE_PUBLISHED = TOPIC_PREFIX + "NOTICE_PUBLISHED";

    /** Long: the incident's (or notice's) id. */
    public static final String ID = "id";
    /** Integer: the Aachener Modell level 0-3. */
    public static final String LEVEL = "level";
    /** String: the {@link IncidentKind} name. */
    public static final String KIND = "kind";
    /** String: the organisational unit. */
    public static final String UNIT = "unit";
    /** String: the {@link IncidentStatus} name. */
    public static final String STATUS = "status";
    /** String: the {@link IncidentStatus} name before the change. */
    public static final String PREVIOUS_STATUS = "previousStatus";

    private IncidentEvents() {
    }
}
