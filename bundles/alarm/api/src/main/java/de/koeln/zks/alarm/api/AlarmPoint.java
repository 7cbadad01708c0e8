package de.koeln.zks.alarm.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A place an alarm can be raised from: a workstation or a room, with how to get there. */
public class AlarmPoint {
    /** Unique id, e.g. the workstation or room {@code E.12}. */
    public String id;
    public String building;
    public String floor;
    public String room;
    /** The organisational unit working there. */
    public String unit;
    /** How responders find it, in plain words ("2nd floor, left of the lifts, counter 3"). */
    public String directions;
    /** The responder groups in escalation order (nearest first). */
    public List<String> groups = new ArrayList<>();
    /** The alarm classes offered here; empty means all. */
    public List<AlarmClass> classes = new ArrayList<>();
    /** Seconds without acknowledgement before the next group is alarmed; null: the unit's or the default. */
    public Integer escalationSeconds;
    /** The last heartbeat of the point's client; null if it never sent one. */
    public OffsetDateTime lastHeartbeat;
    public Long version;
}
