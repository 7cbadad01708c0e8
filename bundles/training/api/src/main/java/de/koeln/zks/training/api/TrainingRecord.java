package de.koeln.zks.training.api;

import java.time.LocalDate;

/** What an attendance (or a silent-alarm drill) leaves: who was trained in what, when, and when to refresh it. */
public class TrainingRecord {
    public Long id;
    public String participant;
    /** The course, if the training was one. */
    public Long course;
    public String courseTitle;
    public CourseTopic topic;
    public LocalDate attendedOn;
    /** Null when the course needs no refresher. */
    public LocalDate refresherDue;
    /** {@code SESSION} or {@code ALARM_DRILL}. */
    public String source;
    /** The session or alarm it came from. */
    public String reference;
}
