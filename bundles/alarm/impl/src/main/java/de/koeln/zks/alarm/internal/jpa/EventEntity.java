package de.koeln.zks.alarm.internal.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmEventType;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.alarm.api.AlarmStep;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * One event of an alarm, complete as it was delivered: the timeline of the alarm and the journal a
 * reconnecting stream replays from ({@code id > Last-Event-ID}). Ids are given by the module in commit
 * order (see {@code AlarmJournal}), so a replay never skips an event that committed late.
 */
@Entity
@Table(name = "ALARM_EVENT", indexes = @Index(name = "ALARM_EVENT_ALARM", columnList = "ALARM_ID,ID"))
public class EventEntity {
    @Id
    @Column(name = "ID")
    private long id;
    @Column(name = "ALARM_ID", nullable = false)
    private long alarmId;
    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", length = 20, nullable = false)
    private AlarmEventType type;
    @Column(name = "AT_UTC", nullable = false)
    private LocalDateTime atUtc;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    private AlarmState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "CLASS", length = 20, nullable = false)
    private AlarmClass alarmClass;
    @Column(name = "DRILL", nullable = false)
    private boolean drill;
    @Column(name = "CALL_POLICE", nullable = false)
    private boolean callPolice;
    @Column(name = "POINT_ID", length = 64, nullable = false)
    private String pointId;
    @Embedded
    private PlaceColumns place;
    @Column(name = "NOTE", length = 500)
    private String note;
    @Column(name = "RAISED_BY", length = 128, nullable = false)
    private String raisedBy;
    @Column(name = "ACTOR", length = 128, nullable = false)
    private String actor;
    @Column(name = "DETAIL", length = 2000)
    private String detail;
    /** All groups alarmed so far (who the event is for). */
    @Column(name = "GROUPS", length = 2000, nullable = false)
    private String groups;
    /** The groups this step alarmed (raise, escalation). */
    @Column(name = "NEW_GROUPS", length = 2000)
    private String newGroups;

    protected EventEntity() {
    }

    public EventEntity(long id, AlarmEventType type, AlarmEntity alarm, String actor, String detail, String newGroups,
                       LocalDateTime now) {
        this.id = id;
        this.alarmId = alarm.id();
        this.type = type;
        this.atUtc = now;
        this.state = alarm.state();
        this.alarmClass = alarm.alarmClass();
        this.drill = alarm.drill();
        this.callPolice = alarm.callPolice();
        this.pointId = alarm.pointId();
        this.place = alarm.place().copy();
        this.note = alarm.note();
        this.raisedBy = alarm.raisedBy();
        this.actor = actor;
        this.detail = detail;
        this.groups = String.join(",", alarm.alarmedGroups());
        this.newGroups = newGroups;
    }

    public long id() {
        return id;
    }

    public AlarmEvent toEvent() {
        AlarmEvent e = new AlarmEvent();
        e.id = id;
        e.type = type;
        e.at = UtcTimes.offset(atUtc);
        e.alarmId = alarmId;
        e.state = state;
        e.alarmClass = alarmClass;
        e.drill = drill;
        e.urgency = alarmClass.ordinal() + 1;
        e.callPolice = callPolice;
        e.pointId = pointId;
        place.into(e);
        e.note = note;
        e.raisedBy = raisedBy;
        e.actor = actor;
        e.detail = detail;
        e.groups = groups.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(groups.split(",")));
        return e;
    }

    public AlarmStep toStep() {
        AlarmStep s = new AlarmStep();
        s.at = UtcTimes.offset(atUtc);
        s.type = type;
        s.actor = actor;
        s.detail = detail;
        s.groups = newGroups == null || newGroups.isEmpty() ? new ArrayList<>()
            : new ArrayList<>(Arrays.asList(newGroups.split(",")));
        return s;
    }
}
