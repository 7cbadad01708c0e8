package de.koeln.zks.inspections.internal.domain;

import java.util.regex.Pattern;

import de.koeln.zks.inspections.api.Statement;
import de.koeln.zks.inspections.api.StatementKind;
import de.koeln.zks.platform.support.Validator;

/** The rules of a statement's fields; a clean copy, every offending field named. */
public final class StatementRules {
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_TEXT = 100_000;
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]{0,59}");

    private StatementRules() {
    }

    /**
     * The fields a client may set. The text may be left out only where it is drafted (a statement on an
     * inspection); unit and location may be left out where they are taken over from the inspection or kept.
     */
    public static Statement clean(Validator v, Statement in, boolean textRequired, boolean placeRequired) {
        if (in == null) {
            v.reject(InspectionValidation.BODY, "is required");
            return null;
        }
        Statement out = new Statement();
        out.subject = v.requiredText("subject", in.subject, MAX_SUBJECT);
        out.text = textRequired ? v.requiredText("text", in.text, MAX_TEXT) : v.text("text", in.text, MAX_TEXT);
        out.kind = in.kind;
        out.inspection = in.inspection;
        out.reference = v.text("reference", in.reference, 60);
        if (out.reference != null && !REFERENCE.matcher(out.reference).matches()) {
            v.reject("reference", "may hold letters, digits, spaces and . / _ - only");
        }
        out.unit = placeRequired ? v.requiredText("unit", in.unit, InspectionValidation.MAX_UNIT)
            : v.text("unit", in.unit, InspectionValidation.MAX_UNIT);
        if (placeRequired || in.location != null) {
            out.location = InspectionValidation.location(v, in.location);
        }
        return out;
    }

    /** The kind when none is given: a statement on an inspection is of kind INSPECTION. */
    public static StatementKind kindOr(StatementKind kind, Long inspection) {
        if (kind != null) {
            return kind;
        }
        return inspection == null ? StatementKind.OTHER : StatementKind.INSPECTION;
    }
}
