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

    /**
     * A duty's reminder or due time has passed and it is still open: {@link #ID} (the incident), {@link #DUTY_ID},
     * {@link #DUTY}, {@link #OWNER}, {@link #UNIT}, {@link #LEVEL}, {@link #DUE_AT}, {@link #OVERDUE}. Posted once per
     * reminder and once when it becomes overdue.
     *
     * @since 1.2
     */
    public static final String DUTY_DUE = TOPIC_PREFIX + "DUTY_DUE";
    /**
     * A warning entry was proposed, approved, rejected, withdrawn or expired: {@link #ID} (of the entry),
     * {@link #STATUS}, {@link #LEVEL}. No name or other personal data.
     *
     * @since 1.2
     */
    public static final String WARNING_CHANGED = TOPIC_PREFIX + "WARNING_CHANGED";
    /**
     * An active warning entry's review date has come: {@link #ID} (of the entry), {@link #LEVEL}. Posted once per
     * review date.
     *
     * @since 1.2
     */
    public static final String WARNING_REVIEW_DUE = TOPIC_PREFIX + "WARNING_REVIEW_DUE";

    /** Long: the incident's (or notice's, or warning entry's) id. */
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
    /**
     * String: the building of the incident's location, on {@link #REPORTED}, {@link #UPDATED} and
     * {@link #STATUS_CHANGED} when the report names one (absent otherwise), so that a handler that acts on the place
     * need not read the report with its personal data.
     *
     * @since 1.5
     */
    public static final String BUILDING = "building";
    /**
     * String: the floor of the incident's location, as {@link #BUILDING}.
     *
     * @since 1.5
     */
    public static final String FLOOR = "floor";
    /**
     * String: the room of the incident's location, as {@link #BUILDING}.
     *
     * @since 1.5
     */
    public static final String ROOM = "room";

    /** Long: the duty's id. */
    public static final String DUTY_ID = "dutyId";
    /** String: the duty's code, e.g. {@code aftercare}. */
    public static final String DUTY = "duty";
    /** String: the {@link DutyOwner} name. */
    public static final String OWNER = "owner";
    /** String: ISO-8601 UTC time the duty is due. */
    public static final String DUE_AT = "dueAt";
    /** Boolean: the due time has passed (false: an early reminder). */
    public static final String OVERDUE = "overdue";

    private IncidentEvents() {
    }
}
