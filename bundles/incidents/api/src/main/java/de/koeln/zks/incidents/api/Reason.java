package de.koeln.zks.incidents.api;

/** The body of a rejection or withdrawal: {@code {"reason":"..."}}. */
public class Reason {
    public String reason;
}
