package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * The PDF of a released statement, rendered once at its release and kept as the document of record: a later
 * change of the layout never changes a released statement.
 */
@Entity
@Table(name = "INSPECTIONS_STATEMENT_PDF")
public class StatementPdfEntity {
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    @Id
    @Column(name = "STATEMENT_ID")
    private Long statementId;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", length = MAX_BYTES, nullable = false)
    private byte[] content;

    @Column(name = "RENDERED_UTC", nullable = false)
    private LocalDateTime renderedUtc;

    protected StatementPdfEntity() {
    }

    public StatementPdfEntity(long statementId, String fileName, byte[] content, LocalDateTime now) {
        this.statementId = statementId;
        this.fileName = fileName;
        this.content = content;
        this.renderedUtc = now;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content;
    }
}
