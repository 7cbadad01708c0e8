package de.koeln.zks.alarm.api;

/**
 * EventAdmin topics the alarm module posts after a change is stored ({@code TOPIC_PREFIX + }{@link AlarmEventType}
 * name), and their properties. A closed alarm posts {@link #CLOSED}: the incidents link turns a real one into an
 * incident draft, the training link records a drill ({@link #DRILL} true) as practical training.
 */
public final class AlarmEvents {
    public static final String TOPIC_PREFIX = "de/koeln/zks/alarm/";
    public static final String ALL = TOPIC_PREFIX + "*";
    public static final String RAISED = TOPIC_PREFIX + "RAISED";
    public static final String ESCALATED = TOPIC_PREFIX + "ESCALATED";
    public static final String ACKNOWLEDGED = TOPIC_PREFIX + "ACKNOWLEDGED";
    public static final String CANCELLED = TOPIC_PREFIX + "CANCELLED";
    public static final String CLOSED = TOPIC_PREFIX + "CLOSED";

    /** Long: the alarm id. */
    public static final String ALARM_ID = "alarmId";
    /** String: the {@link AlarmClass} name. */
    public static final String CLASS = "class";
    /** Boolean. */
    public static final String DRILL = "drill";
    /** String: the alarm point id. */
    public static final String POINT = "point";
    /** String: the unit of the point. */
    public static final String UNIT = "unit";
    /** Integer: the Aachener level given at the close. */
    public static final String LEVEL = "level";

    private AlarmEvents() {
    }

    /** The topic of an event type. */
    public static String topic(AlarmEventType type) {
        return TOPIC_PREFIX + type.name();
    }
}
