package de.koeln.zks.training.api;

import java.time.LocalDate;

/**
 * A person of a unit and a course recommended for that unit: when they last attended and when a refresher is
 * due. {@code lastAttended} null means never trained.
 */
public class Refresher {
    public String participant;
    public String displayName;
    public String unit;
    public Integer unitRiskLevel;
    public Long course;
    public String courseTitle;
    public CourseTopic topic;
    public LocalDate lastAttended;
    public LocalDate dueOn;
    public boolean overdue;
}
