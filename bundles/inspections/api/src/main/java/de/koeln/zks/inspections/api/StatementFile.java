package de.koeln.zks.inspections.api;

/** The PDF file of a released statement, as it was rendered at its release. */
public record StatementFile(Statement statement, String fileName, byte[] pdf) {
}
