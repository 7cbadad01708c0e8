package de.koeln.zks.inspections.api;

import java.time.LocalDate;

/** The body of a re-inspection: {@code {"scheduledFor":"2027-06-01"}}. */
public class Schedule {
    public LocalDate scheduledFor;
}
