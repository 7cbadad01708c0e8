package de.koeln.zks.incidents.internal.jpa;

import de.koeln.zks.platform.support.UtcTimes;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import de.koeln.zks.incidents.api.Comment;

/** An internal note of security management on an incident. */
@Entity
@Table(name = "INCIDENTS_COMMENT", indexes = @Index(name = "INCIDENTS_COMMENT_INCIDENT", columnList = "INCIDENT_ID"))
public class CommentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INCIDENT_ID", nullable = false)
    private long incidentId;

    @Column(name = "BODY", length = 5000, nullable = false)
    private String text;

    @Column(name = "AUTHOR", length = 128, nullable = false)
    private String author;

    @Column(name = "AT_UTC", nullable = false)
    private LocalDateTime atUtc;

    protected CommentEntity() {
    }

    public CommentEntity(long incidentId, String text, String author, LocalDateTime at) {
        this.incidentId = incidentId;
        this.text = text;
        this.author = author;
        this.atUtc = at;
    }

    public Long id() {
        return id;
    }

    public Comment toDto() {
        Comment c = new Comment();
        c.id = id;
        c.text = text;
        c.author = author;
        c.at = UtcTimes.offset(atUtc);
        return c;
    }
}
