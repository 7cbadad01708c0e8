package de.koeln.zks.inspections.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementDocumentTest {

    private static final String[] TEXT_FIELDS =
            {"title", "subject", "reference", "unit", "location", "text", "author", "releasedBy"};

    static Stream<Arguments> nullOrBlankTextFields() {
        return Arrays.stream(TEXT_FIELDS).flatMap(field -> Stream.of(
                Arguments.of(field, null, field + " must not be null"),
                Arguments.of(field, "", field + " must not be blank"),
                Arguments.of(field, " \t\n\u2003", field + " must not be blank")));
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @MethodSource("nullOrBlankTextFields")
    void nullOrBlankTextFieldIsRefused(String field, String value, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> with(field, value)).withMessage(message);
    }

    @Test
    void missingFindingsReleaseTimeOrVersionAreRefused() {
        StatementDocument d = Statements.longStatement();
        assertThatIllegalArgumentException().isThrownBy(() -> new StatementDocument(d.title(), d.subject(),
                d.reference(), d.unit(), d.location(), d.text(), null, d.author(), d.releasedBy(), d.releasedAt(),
                d.version())).withMessage("findings must not be null");
        List<FindingLine> withNull = new ArrayList<>(d.findings());
        withNull.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> new StatementDocument(d.title(), d.subject(),
                d.reference(), d.unit(), d.location(), d.text(), withNull, d.author(), d.releasedBy(), d.releasedAt(),
                d.version())).withMessage("findings[4] must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatementDocument(d.title(), d.subject(),
                d.reference(), d.unit(), d.location(), d.text(), d.findings(), d.author(), d.releasedBy(), null,
                d.version())).withMessage("releasedAt must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatementDocument(d.title(), d.subject(),
                d.reference(), d.unit(), d.location(), d.text(), d.findings(), d.author(), d.releasedBy(),
                d.releasedAt(), 0)).withMessage("version must be 1 or more, was 0");
    }

    @Test
    void renderRefusesNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> StatementPdf.render(null))
                .withMessage("doc must not be null");
    }

    @Test
    void findingNeedsItemQuestionAndRiskButNotANote() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FindingLine(null, "Frage?", "hoch", ""))
                .withMessage("item must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> new FindingLine("1", " ", "hoch", ""))
                .withMessage("question must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new FindingLine("1", "Frage?", "", ""))
                .withMessage("risk must not be blank");
        assertThat(new FindingLine("1", "Frage?", "hoch", null).note()).isEmpty();
        assertThat(new FindingLine("1", "Frage?", "hoch", " ").note()).isEqualTo(" ");
    }

    @Test
    void findingsAreCopied() {
        List<FindingLine> findings = new ArrayList<>(Statements.findings());
        StatementDocument d = Statements.statement("Text.", findings);
        findings.clear();
        assertThat(d.findings()).hasSize(4);
        assertThat(d.findings()).isUnmodifiable();
    }

    private static StatementDocument with(String field, String value) {
        StatementDocument d = Statements.longStatement();
        UnaryOperator<String> v = name -> name.equals(field) ? value : null;
        return new StatementDocument(or(v.apply("title"), field, "title", d.title()),
                or(v.apply("subject"), field, "subject", d.subject()),
                or(v.apply("reference"), field, "reference", d.reference()),
                or(v.apply("unit"), field, "unit", d.unit()),
                or(v.apply("location"), field, "location", d.location()),
                or(v.apply("text"), field, "text", d.text()), d.findings(),
                or(v.apply("author"), field, "author", d.author()),
                or(v.apply("releasedBy"), field, "releasedBy", d.releasedBy()),
                OffsetDateTime.parse("2027-03-31T23:30:00Z"), 1);
    }

    private static String or(String replacement, String field, String name, String original) {
        return field.equals(name) ? replacement : original;
    }
}
