package de.koeln.zks.incidents.internal.jpa;

import de.koeln.zks.platform.support.UtcTimes;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.StatusChange;

/** One step of an incident's history; the first one (no {@code FROM_STATUS}) is the report itself. */
@Entity
@Table(name = "INCIDENTS_STATUS_CHANGE", indexes = @Index(name = "INCIDENTS_STATUS_CHANGE_INCIDENT", columnList = "INCIDENT_ID"))
public class StatusChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INCIDENT_ID", nullable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 32)
    private IncidentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 32, nullable = false)
    private IncidentStatus toStatus;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "CHANGED_BY", length = 128)
    private String changedBy;

    @Column(name = "AT_UTC", nullable = false)
    private LocalDateTime atUtc;

    protected StatusChangeEntity() {
    }

    public StatusChangeEntity(long incidentId, IncidentStatus from, IncidentStatus to, String reason, String by,
            LocalDateTime at) {
        this.incidentId = incidentId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.changedBy = by;
        this.atUtc = at;
    }

    public StatusChange toDto() {
        StatusChange c = new StatusChange();
        c.from = fromStatus;
        c.to = toStatus;
        c.reason = reason;
        c.by = changedBy;
        c.at = UtcTimes.offset(atUtc);
        return c;
    }
}
