package de.koeln.zks.training.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A course of the catalogue. Clients send {@code title} and {@code topic} (required), {@code description},
 * {@code format} (default {@code IN_PERSON}), {@code durationMinutes}, {@code targetUnits},
 * {@code recommendedFromLevel}, {@code refresherMonths}, {@code requiresApproval}, {@code active}.
 */
public class Course {
    public Long id;
    public Long version;
    public String title;
    public String description;
    public CourseTopic topic;
    public CourseFormat format;
    public Integer durationMinutes;
    /** The units the course is meant for; empty: everyone. */
    public List<String> targetUnits = new ArrayList<>();
    /** The Aachener risk level of a workplace (0-3) from which the course is recommended for its staff; null: none. */
    public Integer recommendedFromLevel;
    /** After how many months an attendance needs a refresher; null: never. */
    public Integer refresherMonths;
    /** Whether a seat is confirmed only after a unit manager (or security manager) approved it. */
    public Boolean requiresApproval;
    /** Inactive courses get no new sessions; their records stay. Default true. */
    public Boolean active;
}
