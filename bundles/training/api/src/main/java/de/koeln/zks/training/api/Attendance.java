package de.koeln.zks.training.api;

/** The trainer's record: {@code {"attended":true}} or {@code false} for a no-show. */
public class Attendance {
    public Boolean attended;
}
