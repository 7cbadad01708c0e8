package de.koeln.zks.inspections.api;

/** EventAdmin topics the inspections module posts after a change is stored, and their properties. */
public final class InspectionEvents {
    public static final String TOPIC_PREFIX = "de/koeln/zks/inspections/";
    public static final String ALL = TOPIC_PREFIX + "*";

    /** An inspection was completed: {@link #INSPECTION}, {@link #UNIT}, {@link #FINDINGS}. */
    public static final String COMPLETED = TOPIC_PREFIX + "COMPLETED";
    /** An open measure passed its due date: {@link #MEASURE}, {@link #FINDING}, {@link #UNIT} (the owner unit), {@link #DUE}. */
    public static final String MEASURE_OVERDUE = TOPIC_PREFIX + "MEASURE_OVERDUE";

    /** A statement was released: {@link #STATEMENT}, {@link #UNIT}. */
    public static final String STATEMENT_RELEASED = TOPIC_PREFIX + "STATEMENT_RELEASED";

    /**
     * A unit asked for advice: {@link #CONSULTATION}, {@link #UNIT}, {@link #URGENCY} (the name of a
     * {@link ConsultationUrgency}).
     */
    public static final String CONSULTATION_REQUESTED = TOPIC_PREFIX + "CONSULTATION_REQUESTED";
    /**
     * A consultation ended, closed with an outcome or declined: {@link #CONSULTATION}, {@link #UNIT}, {@link #STATE}
     * ({@code CLOSED} or {@code DECLINED}), {@link #INSPECTION} (Long) when one was planned from it.
     */
    public static final String CONSULTATION_CLOSED = TOPIC_PREFIX + "CONSULTATION_CLOSED";
    /**
     * An incident of Aachener level 2 or more was reported at a building: an inspection there is suggested.
     * {@link #INCIDENT}, {@link #LEVEL}, {@link #UNIT}, {@link #BUILDING}, {@link #FLOOR} and {@link #ROOM} (when
     * known), {@link #PLANNED}. Posted by the link to the incidents module (only where both modules are installed)
     * when the incident is reported, submitted from a draft, or first updated to level 2 or more.
     *
     * @since 1.1
     */
    public static final String INSPECTION_SUGGESTED = TOPIC_PREFIX + "INSPECTION_SUGGESTED";

    public static final String INSPECTION = "inspection";
    public static final String STATEMENT = "statement";
    public static final String CONSULTATION = "consultation";
    public static final String URGENCY = "urgency";
    public static final String STATE = "state";
    public static final String MEASURE = "measure";
    public static final String FINDING = "finding";
    public static final String UNIT = "unit";
    public static final String FINDINGS = "findings";
    /** String: ISO date. */
    public static final String DUE = "due";
    /** Long: the incident's id (of the incidents module). */
    public static final String INCIDENT = "incident";
    /** Integer: the incident's Aachener level 0-3. */
    public static final String LEVEL = "level";
    /** String: the building (as the incident names it). */
    public static final String BUILDING = "building";
    /** String: the floor. */
    public static final String FLOOR = "floor";
    /** String: the room. */
    public static final String ROOM = "room";
    /** Boolean: an inspection of the building is already planned or in progress. */
    public static final String PLANNED = "planned";

    private InspectionEvents() {
    }
}
