package de.koeln.zks.inspections.internal.pdf;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A released written statement (Stellungnahme) as it is printed.
 *
 * <p>Every text field is required and must not be blank; {@code findings} must not be {@code null} (but may be
 * empty) nor contain {@code null}; {@code version} starts at 1. Violations throw {@link IllegalArgumentException}.
 *
 * @param title      e.g. "Stellungnahme"
 * @param subject    what the statement is about, e.g. "Neubau Bürgeramt Kalk, Bauantrag vom 12.01.2027"
 * @param reference  the file reference, e.g. "ST-2027-014"
 * @param unit       the requesting or responsible unit
 * @param location   the building or service point
 * @param text       plain text; paragraphs are separated by blank lines, a single line break is kept as such
 * @param findings   rows of the findings table, in order
 * @param author     who wrote the statement
 * @param releasedBy who released it
 * @param releasedAt when it was released (printed as a date in Europe/Berlin)
 * @param version    the released version, 1 or more
 */
public record StatementDocument(String title, String subject, String reference, String unit, String location,
        String text, List<FindingLine> findings, String author, String releasedBy, OffsetDateTime releasedAt,
        int version) {

    public StatementDocument {
        Checks.text(title, "title");
        Checks.text(subject, "subject");
        Checks.text(reference, "reference");
        Checks.text(unit, "unit");
        Checks.text(location, "location");
        Checks.text(text, "text");
        Checks.notNull(findings, "findings");
        for (int i = 0; i < findings.size(); i++) {
            Checks.notNull(findings.get(i), "findings[" + i + "]");
        }
        findings = List.copyOf(findings);
        Checks.text(author, "author");
        Checks.text(releasedBy, "releasedBy");
        Checks.notNull(releasedAt, "releasedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }
}
