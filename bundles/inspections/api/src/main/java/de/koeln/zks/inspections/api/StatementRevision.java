package de.koeln.zks.inspections.api;

import java.time.OffsetDateTime;

/** One kept revision of a statement's subject and text. */
public class StatementRevision {
    public Long statement;
    public int revision;
    public String subject;
    public String text;
    public String editedBy;
    public OffsetDateTime editedAt;
}
