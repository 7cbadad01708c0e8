package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import de.koeln.zks.inspections.api.AnswerResult;

/** The answer to one item of an inspection; one per item. */
@Entity
@Table(name = "INSPECTIONS_ANSWER",
    uniqueConstraints = @UniqueConstraint(name = "INSPECTIONS_ANSWER_ONCE", columnNames = {"INSPECTION_ID", "ITEM_KEY"}))
public class AnswerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INSPECTION_ID", nullable = false)
    private long inspectionId;

    @Column(name = "ITEM_KEY", length = 60, nullable = false)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT", length = 20, nullable = false)
    private AnswerResult result;

    @Column(name = "NOTE", length = 2000)
    private String note;

    @Column(name = "ANSWERED_BY", length = 128, nullable = false)
    private String answeredBy;

    @Column(name = "ANSWERED_UTC", nullable = false)
    private LocalDateTime answeredUtc;

    protected AnswerEntity() {
    }

    public AnswerEntity(long inspectionId, String itemKey) {
        this.inspectionId = inspectionId;
        this.itemKey = itemKey;
    }

    public void set(AnswerResult newResult, String newNote, String by, LocalDateTime now) {
        this.result = newResult;
        this.note = newNote;
        this.answeredBy = by;
        this.answeredUtc = now;
    }

    public String itemKey() {
        return itemKey;
    }

    public AnswerResult result() {
        return result;
    }

    public String note() {
        return note;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDateTime answeredUtc() {
        return answeredUtc;
    }
}
