package de.koeln.zks.training.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import de.koeln.zks.training.api.CourseTopic;
import de.koeln.zks.training.api.TrainingRecord;

/** A training record; one per participant and source reference (a session, an alarm drill). */
@Entity
@Table(name = "TRAINING_RECORD", indexes = @Index(name = "TRAINING_RECORD_PARTICIPANT", columnList = "PARTICIPANT,TOPIC"),
    uniqueConstraints = @UniqueConstraint(name = "TRAINING_RECORD_ONCE", columnNames = {"PARTICIPANT", "REFERENCE"}))
public class RecordEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PARTICIPANT", length = 128, nullable = false)
    private String participant;

    @Column(name = "COURSE_ID")
    private Long courseId;

    @Column(name = "COURSE_TITLE", length = 200)
    private String courseTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC", length = 32, nullable = false)
    private CourseTopic topic;

    @Column(name = "ATTENDED_ON", nullable = false)
    private LocalDate attendedOn;

    @Column(name = "REFRESHER_DUE")
    private LocalDate refresherDue;

    @Column(name = "SOURCE", length = 20, nullable = false)
    private String source;

    @Column(name = "REFERENCE", length = 100, nullable = false)
    private String reference;

    protected RecordEntity() {
    }

    public RecordEntity(String participant, Long courseId, String courseTitle, CourseTopic topic, LocalDate attendedOn,
            LocalDate refresherDue, String source, String reference) {
        this.participant = participant;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.topic = topic;
        this.attendedOn = attendedOn;
        this.refresherDue = refresherDue;
        this.source = source;
        this.reference = reference;
    }

    public String participant() {
        return participant;
    }

    public Long courseId() {
        return courseId;
    }

    public CourseTopic topic() {
        return topic;
    }

    public LocalDate attendedOn() {
        return attendedOn;
    }

    public LocalDate refresherDue() {
        return refresherDue;
    }

    public TrainingRecord toDto() {
        TrainingRecord r = new TrainingRecord();
        r.id = id;
        r.participant = participant;
        r.course = courseId;
        r.courseTitle = courseTitle;
        r.topic = topic;
        r.attendedOn = attendedOn;
        r.refresherDue = refresherDue;
        r.source = source;
        r.reference = reference;
        return r;
    }
}
