package de.koeln.zks.alarm.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One entry of an alarm's timeline. */
public class AlarmStep {
    public OffsetDateTime at;
    /** The event type, one of {@link AlarmEventType}. */
    public AlarmEventType type;
    /** Who did it; {@code system} for escalations. */
    public String actor;
    /** The groups alarmed by this step (raise, escalation). */
    public List<String> groups = new ArrayList<>();
    /** Reason, outcome, note or incident id, as the step has one. */
    public String detail;
}
