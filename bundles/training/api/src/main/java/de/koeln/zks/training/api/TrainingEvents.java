package de.koeln.zks.training.api;

/**
 * EventAdmin topics the training module posts after a change is stored, and their properties. Events name the
 * participant (a user name) so that a notification service can tell them; no other personal data.
 */
public final class TrainingEvents {
    public static final String TOPIC_PREFIX = "de/koeln/zks/training/";
    public static final String ALL = TOPIC_PREFIX + "*";

    /** A registration was made: {@link #REGISTRATION}, {@link #SESSION}, {@link #PARTICIPANT}, {@link #STATUS}, {@link #POSITION}. */
    public static final String REGISTERED = TOPIC_PREFIX + "REGISTERED";
    /** A waiting registration got a seat (or a seat pending approval): as {@link #REGISTERED}. */
    public static final String PROMOTED = TOPIC_PREFIX + "PROMOTED";
    /** A registration was cancelled (also when its session was): as {@link #REGISTERED} plus {@link #REASON}. */
    public static final String CANCELLED = TOPIC_PREFIX + "CANCELLED";
    /** A registration was approved or rejected: as {@link #REGISTERED}. */
    public static final String DECIDED = TOPIC_PREFIX + "DECIDED";
    /** Attendance was recorded: as {@link #REGISTERED} plus {@link #ATTENDED_PROPERTY}. */
    public static final String ATTENDED = TOPIC_PREFIX + "ATTENDED";
    /** A session was cancelled: {@link #SESSION}, {@link #REASON}. */
    public static final String SESSION_CANCELLED = TOPIC_PREFIX + "SESSION_CANCELLED";
    /** A session's time or place changed: {@link #SESSION}. */
    public static final String SESSION_MOVED = TOPIC_PREFIX + "SESSION_MOVED";

    public static final String REGISTRATION = "registration";
    public static final String SESSION = "session";
    public static final String PARTICIPANT = "participant";
    public static final String STATUS = "status";
    public static final String POSITION = "position";
    public static final String REASON = "reason";
    public static final String ATTENDED_PROPERTY = "attended";

    private TrainingEvents() {
    }
}
