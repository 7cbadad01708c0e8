package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;

/** An internal note of security management on an incident; clients send {@code text}. */
public class Comment {
    public Long id;
    public String text;
    public String author;
    public OffsetDateTime at;
}
