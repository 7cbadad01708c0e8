package de.koeln.zks.inspections.api;

/** An optional note, e.g. when a measure is reported done: {@code {"note":"..."}}. */
public class Note {
    public String note;
}
