package de.koeln.zks.inspections.internal.pdf;

/**
 * One row of the findings table of a statement.
 *
 * @param item     the checklist item or place, e.g. "2.3 Eingangsbereich"; required
 * @param question the question that was checked; required
 * @param risk     the risk assessment, e.g. "hoch"; required
 * @param note     a remark; optional ({@code null} or blank becomes an empty cell, stored as "")
 */
public record FindingLine(String item, String question, String risk, String note) {

    public FindingLine {
        Checks.text(item, "item");
        Checks.text(question, "question");
        Checks.text(risk, "risk");
        note = note == null ? "" : note;
    }
}
