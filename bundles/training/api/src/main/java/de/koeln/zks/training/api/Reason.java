package de.koeln.zks.training.api;

/** The body of a cancellation or rejection: {@code {"reason":"..."}}. */
public class Reason {
    public String reason;
}
