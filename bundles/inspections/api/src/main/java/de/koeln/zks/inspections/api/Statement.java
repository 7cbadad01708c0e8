package de.koeln.zks.inspections.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A written statement (Stellungnahme) of the security management. Clients send {@code subject} (required),
 * {@code text} (drafted from the inspection's findings and the text template when left out), {@code kind},
 * {@code inspection} (an inspection id: its unit, location and findings are taken over), {@code unit} and
 * {@code location} (required without an inspection), {@code reference} (the file reference; generated when left
 * out). Every saved change of subject or text is a new {@code revision}; all revisions are kept.
 */
public class Statement {
    public Long id;
    /** Optimistic version (ETag / If-Match). */
    public Long version;
    /** File reference (Aktenzeichen), e.g. {@code ST-2027-0014}. */
    public String reference;
    public StatementKind kind;
    public String subject;
    public String text;
    public String unit;
    public Location location;
    /** The inspection whose findings the statement takes up. */
    public Long inspection;
    /** The inspection's findings, as printed in the statement. */
    public List<Finding> findings = new ArrayList<>();
    public StatementState state;
    /** 1 for the first draft, one more with every saved change. */
    public Integer revision;
    public String author;
    public OffsetDateTime createdAt;
    public String editedBy;
    public OffsetDateTime editedAt;
    public String releasedBy;
    public OffsetDateTime releasedAt;
}
