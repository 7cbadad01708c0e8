package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import de.koeln.zks.inspections.api.StatementRevision;
import de.koeln.zks.platform.support.UtcTimes;

/** One saved revision of a statement's subject and text, never changed afterwards. */
@Entity
@Table(name = "INSPECTIONS_STATEMENT_REV", uniqueConstraints = @UniqueConstraint(name = "INSPECTIONS_STATEMENT_REV_NO",
    columnNames = {"STATEMENT_ID", "REVISION"}))
public class StatementRevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STATEMENT_ID", nullable = false)
    private long statementId;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "SUBJECT", length = 300, nullable = false)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "TEXT", length = StatementEntity.MAX_TEXT, nullable = false)
    private String text;

    @Column(name = "EDITED_BY", length = 128, nullable = false)
    private String editedBy;

    @Column(name = "EDITED_UTC", nullable = false)
    private LocalDateTime editedUtc;

    protected StatementRevisionEntity() {
    }

    public StatementRevisionEntity(StatementEntity statement, String by, LocalDateTime now) {
        this.statementId = statement.id();
        this.revision = statement.revision();
        this.subject = statement.subject();
        this.text = statement.text();
        this.editedBy = by;
        this.editedUtc = now;
    }

    public String editedBy() {
        return editedBy;
    }

    public StatementRevision toDto() {
        StatementRevision r = new StatementRevision();
        r.statement = statementId;
        r.revision = revision;
        r.subject = subject;
        r.text = text;
        r.editedBy = editedBy;
        r.editedAt = UtcTimes.offset(editedUtc);
        return r;
    }
}
