package de.koeln.zks.alarm.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An alarm as the services answer it. */
public class Alarm {
    public Long id;
    public AlarmState state;
    @JsonProperty("class")
    public AlarmClass alarmClass;
    public boolean drill;
    /** The point with its place, as it was registered when the alarm was raised. */
    public AlarmPoint point;
    public String note;
    public String raisedBy;
    public OffsetDateTime raisedAt;
    /** How many triggers joined this alarm (1 = raised once). */
    public int triggers;
    /** Index of the last alarmed group in the point's escalation order (0 = first group). */
    public int escalationStep;
    /** The groups alarmed so far. */
    public List<String> alarmedGroups = new ArrayList<>();
    /** When the next group is alarmed if nobody acknowledges; null when no escalation is pending. */
    public OffsetDateTime nextEscalationAt;
    /** Until when the person who raised it may cancel it; null when it cannot be cancelled. */
    public OffsetDateTime cancellableUntil;
    /** True when a central desk was alarmed and told to call the police. */
    public boolean callPolice;
    public String acknowledgedBy;
    public OffsetDateTime acknowledgedAt;
    public String closedBy;
    public OffsetDateTime closedAt;
    public String outcome;
    /** The Aachener Modell level 0-3 given at the close (or derived from the class). */
    public Integer level;
    public String cancelReason;
    /** Seconds from raise to acknowledgement. */
    public Long secondsToAcknowledge;
    /** Seconds from raise to close or cancel. */
    public Long secondsToClose;
    /** The incident draft left by a closed real alarm, when the incidents module is installed. */
    public Long incidentId;
    public List<AlarmStep> timeline = new ArrayList<>();
    public Long version;
}
