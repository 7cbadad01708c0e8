package de.koeln.zks.incidents.internal.jpa;

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
import javax.persistence.Version;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyOwner;
import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * A duty after an incident. The rule's title, description and owner are copied when the duty is made, so that a
 * later change of the rules does not rewrite what a report was given.
 */
@Entity
@Table(name = "INCIDENTS_DUTY", indexes = {
    @Index(name = "INCIDENTS_DUTY_INCIDENT", columnList = "INCIDENT_ID"),
    @Index(name = "INCIDENTS_DUTY_OPEN", columnList = "STATE,DUE_UTC")})
public class DutyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "INCIDENT_ID", nullable = false)
    private long incidentId;

    @Column(name = "CODE", length = 40, nullable = false)
    private String code;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    @Column(name = "TITLE", length = 300, nullable = false)
    private String title;

    @Column(name = "DESCRIPTION", length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "OWNER", length = 32, nullable = false)
    private DutyOwner owner;

    @Column(name = "DUE_UTC", nullable = false)
    private LocalDateTime dueUtc;

    @Column(name = "REMIND_UTC")
    private LocalDateTime remindUtc;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private DutyState state;

    @Column(name = "NOTE", length = 2000)
    private String note;

    @Column(name = "DONE_BY", length = 128)
    private String doneBy;

    @Column(name = "DONE_UTC")
    private LocalDateTime doneUtc;

    /** The last reminder posted: the reminder time or the due time it was posted for. */
    @Column(name = "REMINDED_FOR_UTC")
    private LocalDateTime remindedForUtc;

    @Column(name = "CREATED_UTC", nullable = false)
    private LocalDateTime createdUtc;

    protected DutyEntity() {
    }

    public DutyEntity(long incidentId, String code, int sortOrder, String title, String description, DutyOwner owner,
            LocalDateTime dueUtc, LocalDateTime remindUtc, LocalDateTime now) {
        this.incidentId = incidentId;
        this.code = code;
        this.sortOrder = sortOrder;
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.dueUtc = dueUtc;
        this.remindUtc = remindUtc;
        this.state = DutyState.OPEN;
        this.createdUtc = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long incidentId() {
        return incidentId;
    }

    public String code() {
        return code;
    }

    public DutyState state() {
        return state;
    }

    public DutyOwner owner() {
        return owner;
    }

    public LocalDateTime dueUtc() {
        return dueUtc;
    }

    public LocalDateTime remindUtc() {
        return remindUtc;
    }

    public String note() {
        return note;
    }

    /** When the duty arose: its "due from the report" counts from here. */
    public LocalDateTime createdUtc() {
        return createdUtc;
    }

    public LocalDateTime remindedForUtc() {
        return remindedForUtc;
    }

    /** New due and reminder times, e.g. after the time of the incident was corrected; only while open. */
    public void reschedule(LocalDateTime due, LocalDateTime remind) {
        if (state == DutyState.OPEN) {
            this.dueUtc = due;
            this.remindUtc = remind;
        }
    }

    public void mark(DutyState newState, String newNote, String by, LocalDateTime now) {
        this.state = newState;
        this.note = newNote;
        if (newState == DutyState.OPEN) {
            this.doneBy = null;
            this.doneUtc = null;
        } else {
            this.doneBy = by;
            this.doneUtc = now;
        }
    }

    /** Retention: the note may name people. */
    public void erase() {
        this.note = null;
    }

    /**
     * Whether a reminder is due at {@code now}: the due time has passed and was not reminded yet, or the early
     * reminder time has passed and nothing was reminded. The same condition as the reminder query's; the caller
     * checks that the duty is open.
     */
    public boolean reminderDue(LocalDateTime now) {
        boolean overdue = !dueUtc.isAfter(now) && (remindedForUtc == null || remindedForUtc.isBefore(dueUtc));
        boolean early = remindUtc != null && !remindUtc.isAfter(now) && remindedForUtc == null;
        return overdue || early;
    }

    public void reminded(LocalDateTime forTime) {
        this.remindedForUtc = forTime;
    }

    public Duty toDto(LocalDateTime now, String unit, Integer level) {
        Duty d = new Duty();
        d.id = id;
        d.incidentId = incidentId;
        d.code = code;
        d.title = title;
        d.description = description;
        d.owner = owner;
        d.dueAt = UtcTimes.offset(dueUtc);
        d.remindAt = UtcTimes.offset(remindUtc);
        d.state = state;
        d.note = note;
        d.doneBy = doneBy;
        d.doneAt = UtcTimes.offset(doneUtc);
        d.overdue = state == DutyState.OPEN && dueUtc.isBefore(now);
        d.unit = unit;
        d.level = level;
        d.version = version;
        return d;
    }
}
