package de.koeln.zks.training.internal.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.training.api.Course;
import de.koeln.zks.training.api.CourseFormat;
import de.koeln.zks.training.api.CourseTopic;

/** A course of the catalogue. */
@Entity
@Table(name = "TRAINING_COURSE")
public class CourseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "DESCRIPTION", length = 5000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC", length = 32, nullable = false)
    private CourseTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "FORMAT", length = 16, nullable = false)
    private CourseFormat format;

    @Column(name = "DURATION_MINUTES")
    private Integer durationMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TRAINING_COURSE_UNIT", joinColumns = @JoinColumn(name = "COURSE_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "UNIT", length = 200)
    private List<String> targetUnits = new ArrayList<>();

    @Column(name = "RECOMMENDED_FROM_LEVEL")
    private Integer recommendedFromLevel;

    @Column(name = "REFRESHER_MONTHS")
    private Integer refresherMonths;

    @Column(name = "REQUIRES_APPROVAL", nullable = false)
    private boolean requiresApproval;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "UPDATED_UTC", nullable = false)
    private LocalDateTime updatedUtc;

    protected CourseEntity() {
    }

    public CourseEntity(Course clean, LocalDateTime now) {
        apply(clean, now);
    }

    public void apply(Course clean, LocalDateTime now) {
        this.title = clean.title;
        this.description = clean.description;
        this.topic = clean.topic;
        this.format = clean.format;
        this.durationMinutes = clean.durationMinutes;
        this.targetUnits = new ArrayList<>(clean.targetUnits);
        this.recommendedFromLevel = clean.recommendedFromLevel;
        this.refresherMonths = clean.refresherMonths;
        this.requiresApproval = clean.requiresApproval;
        this.active = clean.active;
        this.updatedUtc = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public CourseTopic topic() {
        return topic;
    }

    public boolean requiresApproval() {
        return requiresApproval;
    }

    public boolean active() {
        return active;
    }

    public Integer refresherMonths() {
        return refresherMonths;
    }

    public Integer recommendedFromLevel() {
        return recommendedFromLevel;
    }

    public List<String> targetUnits() {
        return targetUnits;
    }

    public Course toDto() {
        Course c = new Course();
        c.id = id;
        c.version = version;
        c.title = title;
        c.description = description;
        c.topic = topic;
        c.format = format;
        c.durationMinutes = durationMinutes;
        c.targetUnits = new ArrayList<>(targetUnits);
        c.recommendedFromLevel = recommendedFromLevel;
        c.refresherMonths = refresherMonths;
        c.requiresApproval = requiresApproval;
        c.active = active;
        return c;
    }
}
