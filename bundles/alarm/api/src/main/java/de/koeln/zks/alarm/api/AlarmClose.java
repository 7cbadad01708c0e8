package de.koeln.zks.alarm.api;

/** Body of a close: the all-clear with a short outcome. */
public class AlarmClose {
    /** What happened, required (at most 2,000 characters). */
    public String outcome;
    /** The Aachener Modell level 0-3 of what happened; null: derived from the class (1, 2, 3). */
    public Integer level;
}
