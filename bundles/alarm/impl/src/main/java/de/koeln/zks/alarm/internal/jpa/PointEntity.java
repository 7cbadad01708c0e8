package de.koeln.zks.alarm.internal.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.platform.support.UtcTimes;

/** An alarm point with its groups in escalation order. */
@Entity
@Table(name = "ALARM_POINT", indexes = @Index(name = "ALARM_POINT_BUILDING", columnList = "BUILDING,ID"))
public class PointEntity {
    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Embedded
    private PlaceColumns place;

    /** Comma-separated class names; empty for all. */
    @Column(name = "CLASSES", length = 100)
    private String classes;

    @Column(name = "ESCALATION_SECONDS")
    private Integer escalationSeconds;

    @Column(name = "LAST_HEARTBEAT_UTC")
    private LocalDateTime lastHeartbeatUtc;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ALARM_POINT_GROUP", joinColumns = @JoinColumn(name = "POINT_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "GROUP_NAME", length = 64, nullable = false)
    private List<String> groups = new ArrayList<>();

    protected PointEntity() {
    }

    public PointEntity(String id) {
        this.id = id;
    }

    /** Takes a validated point's fields (not its heartbeat). */
    public void apply(AlarmPoint clean) {
        this.place = PlaceColumns.of(clean);
        this.classes = clean.classes.stream().map(Enum::name).collect(Collectors.joining(","));
        this.escalationSeconds = clean.escalationSeconds;
        this.groups.clear();
        this.groups.addAll(clean.groups);
    }

    public void heartbeat(LocalDateTime now) {
        this.lastHeartbeatUtc = now;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public List<String> groups() {
        return groups;
    }

    public AlarmPoint toDto() {
        AlarmPoint p = new AlarmPoint();
        p.id = id;
        place.into(p);
        p.groups = new ArrayList<>(groups);
        p.classes = classes == null || classes.isEmpty() ? new ArrayList<>()
            : Arrays.stream(classes.split(",")).map(AlarmClass::valueOf).collect(Collectors.toCollection(ArrayList::new));
        p.escalationSeconds = escalationSeconds;
        p.lastHeartbeat = UtcTimes.offset(lastHeartbeatUtc);
        p.version = version;
        return p;
    }
}
