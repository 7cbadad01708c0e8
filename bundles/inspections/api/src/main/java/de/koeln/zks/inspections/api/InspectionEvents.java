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

    private InspectionEvents() {
    }
}
