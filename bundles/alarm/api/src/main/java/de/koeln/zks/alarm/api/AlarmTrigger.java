package de.koeln.zks.alarm.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a workstation sends to raise an alarm. Only {@code point} is needed, and not even that when the employee has a registered workstation. */
public class AlarmTrigger {
    /** The alarm point id; null: the caller's registered workstation. */
    public String point;
    /** Defaults to {@link AlarmClass#HELP}. */
    @JsonProperty("class")
    public AlarmClass alarmClass;
    /** A silent note for the responders (at most 500 characters). */
    public String note;
    /** A drill: never escalates beyond the first group, never leaves an incident, marked as drill everywhere. */
    public boolean drill;
}
