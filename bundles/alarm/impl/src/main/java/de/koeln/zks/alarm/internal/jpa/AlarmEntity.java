package de.koeln.zks.alarm.internal.jpa;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.AlarmState;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * An alarm with a copy of its point's place and escalation order as they were when it was raised (a later
 * change of the point does not move a running alarm). Group lists are stored comma-separated: group names
 * contain no commas.
 */
@Entity
@Table(name = "ALARM_ALARM", indexes = {
    @Index(name = "ALARM_ALARM_STATE", columnList = "STATE,NEXT_ESCALATION_UTC"),
    @Index(name = "ALARM_ALARM_POINT", columnList = "POINT_ID,STATE"),
    @Index(name = "ALARM_ALARM_RAISED", columnList = "RAISED_UTC")})
public class AlarmEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "POINT_ID", length = 64, nullable = false)
    private String pointId;
    @Embedded
    private PlaceColumns place;
    /** The point's groups in escalation order, as raised. */
    @Column(name = "POINT_GROUPS", length = 2000, nullable = false)
    private String pointGroups;
    @Column(name = "ESCALATION_SECONDS", nullable = false)
    private int escalationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "CLASS", length = 20, nullable = false)
    private AlarmClass alarmClass;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    private AlarmState state;
    @Column(name = "DRILL", nullable = false)
    private boolean drill;
    @Column(name = "NOTE", length = 500)
    private String note;
    @Column(name = "RAISED_BY", length = 128, nullable = false)
    private String raisedBy;
    @Column(name = "RAISED_UTC", nullable = false)
    private LocalDateTime raisedUtc;
    @Column(name = "TRIGGERS", nullable = false)
    private int triggers;
    @Column(name = "STEP", nullable = false)
    private int step;
    @Column(name = "ALARMED_GROUPS", length = 2000, nullable = false)
    private String alarmedGroups;
    @Column(name = "NEXT_ESCALATION_UTC")
    private LocalDateTime nextEscalationUtc;
    @Column(name = "CANCELLABLE_UNTIL_UTC")
    private LocalDateTime cancellableUntilUtc;
    @Column(name = "CALL_POLICE", nullable = false)
    private boolean callPolice;
    @Column(name = "ACK_BY", length = 128)
    private String acknowledgedBy;
    @Column(name = "ACK_UTC")
    private LocalDateTime acknowledgedUtc;
    @Column(name = "CLOSED_BY", length = 128)
    private String closedBy;
    @Column(name = "CLOSED_UTC")
    private LocalDateTime closedUtc;
    @Column(name = "OUTCOME", length = 2000)
    private String outcome;
    @Column(name = "AACHEN_LEVEL")
    private Integer level;
    @Column(name = "CANCEL_REASON", length = 500)
    private String cancelReason;
    @Column(name = "INCIDENT_ID")
    private Long incidentId;

    protected AlarmEntity() {
    }

    public AlarmEntity(AlarmPoint point, AlarmClass alarmClass, boolean drill, String note, String raisedBy,
                       int escalationSeconds, LocalDateTime now) {
        this.pointId = point.id;
        this.place = PlaceColumns.of(point);
        this.pointGroups = String.join(",", point.groups);
        this.escalationSeconds = escalationSeconds;
        this.alarmClass = alarmClass;
        this.drill = drill;
        this.note = note;
        this.raisedBy = raisedBy;
        this.raisedUtc = now;
        this.state = AlarmState.RAISED;
        this.triggers = 1;
        this.step = 0;
        this.alarmedGroups = "";
    }

    public Long id() { return id; }
    public long version() { return version; }
    public String pointId() { return pointId; }
    public PlaceColumns place() { return place; }
    public AlarmClass alarmClass() { return alarmClass; }
    public AlarmState state() { return state; }
    public boolean drill() { return drill; }
    public String note() { return note; }
    public String raisedBy() { return raisedBy; }
    public LocalDateTime raisedUtc() { return raisedUtc; }
    public int step() { return step; }
    public int escalationSeconds() { return escalationSeconds; }
    public boolean callPolice() { return callPolice; }
    public LocalDateTime nextEscalationUtc() { return nextEscalationUtc; }
    public LocalDateTime cancellableUntilUtc() { return cancellableUntilUtc; }
    public Integer level() { return level; }
    public String outcome() { return outcome; }
    public Long incidentId() { return incidentId; }
    public String acknowledgedBy() { return acknowledgedBy; }

    public List<String> pointGroups() {
        return split(pointGroups);
    }

    public List<String> alarmedGroups() {
        return split(alarmedGroups);
    }

    /** Records who is alarmed now, the step reached, and when the next step is due (null: none). */
    public void alarmed(List<String> groups, int step, LocalDateTime nextEscalation, boolean callPolice) {
        this.alarmedGroups = String.join(",", groups);
        this.step = step;
        this.nextEscalationUtc = nextEscalation;
        this.callPolice = this.callPolice || callPolice;
    }

    public void cancellableUntil(LocalDateTime until) {
        this.cancellableUntilUtc = until;
    }

    public void joined(AlarmClass upgradedClass, String moreNote) {
        this.triggers++;
        this.alarmClass = upgradedClass;
        if (moreNote != null && (note == null || !note.contains(moreNote))) {
            String joinedNote = note == null ? moreNote : note + " | " + moreNote;
            this.note = joinedNote.length() > 500 ? joinedNote.substring(0, 500) : joinedNote;
        }
    }

    public void acknowledged(String by, LocalDateTime now) {
        this.state = AlarmState.ACKNOWLEDGED;
        this.acknowledgedBy = by;
        this.acknowledgedUtc = now;
        this.nextEscalationUtc = null;
        this.cancellableUntilUtc = null;
    }

    public void cancelled(String by, String reason, LocalDateTime now) {
        this.state = AlarmState.CANCELLED;
        this.cancelReason = reason;
        finish(by, now);
    }

    public void closed(String by, String outcome, int level, LocalDateTime now) {
        this.state = AlarmState.CLOSED;
        this.outcome = outcome;
        this.level = level;
        finish(by, now);
    }

    private void finish(String by, LocalDateTime now) {
        this.closedBy = by;
        this.closedUtc = now;
        this.nextEscalationUtc = null;
        this.cancellableUntilUtc = null;
    }

    public void linkIncident(long incident) {
        this.incidentId = incident;
    }

    public AlarmPoint pointDto() {
        AlarmPoint p = new AlarmPoint();
        p.id = pointId;
        place.into(p);
        p.groups = new ArrayList<>(pointGroups());
        p.escalationSeconds = escalationSeconds;
        return p;
    }

    /** The alarm without its timeline. */
    public Alarm toDto() {
        Alarm a = new Alarm();
        a.id = id;
        a.version = version;
        a.state = state;
        a.alarmClass = alarmClass;
        a.drill = drill;
        a.point = pointDto();
        a.note = note;
        a.raisedBy = raisedBy;
        a.raisedAt = UtcTimes.offset(raisedUtc);
        a.triggers = triggers;
        a.escalationStep = step;
        a.alarmedGroups = new ArrayList<>(alarmedGroups());
        a.nextEscalationAt = UtcTimes.offset(nextEscalationUtc);
        a.cancellableUntil = UtcTimes.offset(cancellableUntilUtc);
        a.callPolice = callPolice;
        a.acknowledgedBy = acknowledgedBy;
        a.acknowledgedAt = UtcTimes.offset(acknowledgedUtc);
        a.closedBy = closedBy;
        a.closedAt = UtcTimes.offset(closedUtc);
        a.outcome = outcome;
        a.level = level;
        a.cancelReason = cancelReason;
        a.incidentId = incidentId;
        if (acknowledgedUtc != null) {
            a.secondsToAcknowledge = Duration.between(raisedUtc, acknowledgedUtc).toSeconds();
        }
        if (closedUtc != null) {
            a.secondsToClose = Duration.between(raisedUtc, closedUtc).toSeconds();
        }
        return a;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
