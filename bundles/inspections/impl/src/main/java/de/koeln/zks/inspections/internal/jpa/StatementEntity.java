package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.inspections.api.Statement;
import de.koeln.zks.inspections.api.StatementKind;
import de.koeln.zks.inspections.api.StatementState;
import de.koeln.zks.platform.support.UtcTimes;

/** A written statement in its current revision; the revisions and the released PDF are rows of their own. */
@Entity
@Table(name = "INSPECTIONS_STATEMENT", indexes = {
    @Index(name = "INSPECTIONS_STATEMENT_UNIT", columnList = "UNIT,STATE"),
    @Index(name = "INSPECTIONS_STATEMENT_INSPECTION", columnList = "INSPECTION_ID")})
public class StatementEntity {
    /** The longest text a statement holds. */
    public static final int MAX_TEXT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "REFERENCE", length = 60)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private StatementKind kind;

    @Column(name = "SUBJECT", length = 300, nullable = false)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "TEXT", length = MAX_TEXT, nullable = false)
    private String text;

    @Column(name = "UNIT", length = 200, nullable = false)
    private String unit;

    @Embedded
    private PlaceColumns place;

    @Column(name = "INSPECTION_ID")
    private Long inspectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private StatementState state;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "AUTHOR", length = 128, nullable = false)
    private String author;

    @Column(name = "CREATED_UTC", nullable = false)
    private LocalDateTime createdUtc;

    @Column(name = "EDITED_BY", length = 128, nullable = false)
    private String editedBy;

    @Column(name = "EDITED_UTC", nullable = false)
    private LocalDateTime editedUtc;

    @Column(name = "RELEASED_BY", length = 128)
    private String releasedBy;

    @Column(name = "RELEASED_UTC")
    private LocalDateTime releasedUtc;

    protected StatementEntity() {
    }

    public StatementEntity(Statement clean, String by, LocalDateTime now) {
        this.kind = clean.kind;
        this.subject = clean.subject;
        this.text = clean.text;
        this.unit = clean.unit;
        this.place = PlaceColumns.of(clean.location);
        this.inspectionId = clean.inspection;
        this.reference = clean.reference;
        this.state = StatementState.DRAFT;
        this.revision = 1;
        this.author = by;
        this.createdUtc = now;
        this.editedBy = by;
        this.editedUtc = now;
    }

    /** Gives a statement without a reference of its own one from its id and year, e.g. ST-2027-0014. */
    public void defaultReference() {
        if (reference == null) {
            reference = String.format("ST-%d-%04d", createdUtc.getYear(), id);
        }
    }

    /** Saves new content as the next revision; @return whether anything changed. */
    public boolean edit(Statement clean, String by, LocalDateTime now) {
        boolean changed = !subject.equals(clean.subject) || !text.equals(clean.text) || kind != clean.kind
            || !unit.equals(clean.unit) || !place.sameAs(clean.location)
            || clean.reference != null && !clean.reference.equals(reference);
        if (!changed) {
            return false;
        }
        this.subject = clean.subject;
        this.text = clean.text;
        this.kind = clean.kind;
        this.unit = clean.unit;
        this.place = PlaceColumns.of(clean.location);
        if (clean.reference != null) {
            this.reference = clean.reference;
        }
        this.revision++;
        this.editedBy = by;
        this.editedUtc = now;
        return true;
    }

    public void release(String by, LocalDateTime now) {
        this.state = StatementState.RELEASED;
        this.releasedBy = by;
        this.releasedUtc = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public StatementState state() {
        return state;
    }

    public String unit() {
        return unit;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public int revision() {
        return revision;
    }

    public String author() {
        return author;
    }

    public String reference() {
        return reference;
    }

    public Long inspectionId() {
        return inspectionId;
    }

    public Statement toDto() {
        Statement s = new Statement();
        s.id = id;
        s.version = version;
        s.reference = reference;
        s.kind = kind;
        s.subject = subject;
        s.text = text;
        s.unit = unit;
        s.location = place.toDto();
        s.inspection = inspectionId;
        s.state = state;
        s.revision = revision;
        s.author = author;
        s.createdAt = UtcTimes.offset(createdUtc);
        s.editedBy = editedBy;
        s.editedAt = UtcTimes.offset(editedUtc);
        s.releasedBy = releasedBy;
        s.releasedAt = releasedUtc == null ? null : UtcTimes.offset(releasedUtc);
        return s;
    }
}
