package de.koeln.zks.alarm.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One event of an alarm, as responders receive it (the data of an SSE event whose id is {@link #id} and
 * whose name is {@link #type}) and as every {@link AlarmChannel} gets it. Carries where to go.
 */
public class AlarmEvent {
    /** Increasing over all alarm events; the SSE id a reconnecting client sends as {@code Last-Event-ID}. */
    public long id;
    public AlarmEventType type;
    public OffsetDateTime at;
    public long alarmId;
    public AlarmState state;
    @JsonProperty("class")
    public AlarmClass alarmClass;
    public boolean drill;
    /** 3 for a rampage alarm, 2 for help, 1 for de-escalation. */
    public int urgency;
    public boolean callPolice;
    public String pointId;
    public String building;
    public String floor;
    public String room;
    public String unit;
    public String directions;
    public String note;
    /** Who raised the alarm. */
    public String raisedBy;
    /** Who caused this event (acknowledged, closed ...); {@code system} for escalations. */
    public String actor;
    /** Reason, outcome or incident id, as the event has one. */
    public String detail;
    /** The groups this event is for: every group alarmed so far. */
    public List<String> groups = new ArrayList<>();
}
