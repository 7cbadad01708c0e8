package de.koeln.zks.inspections.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TypesetterTest {

    private PDDocument pdf;
    private Typesetter t;

    @BeforeEach
    void setUp() throws IOException {
        pdf = new PDDocument();
        t = new Typesetter(pdf, EmbeddedFont.load(pdf), ts -> { });
    }

    @AfterEach
    void tearDown() throws IOException {
        pdf.close();
    }

    @Test
    void wrapsAtSpacesWithinTheWidthAndKeepsEveryWord() throws IOException {
        String text = String.join(" ", Statements.PARAGRAPHS.subList(0, 3));
        List<String> lines = t.wrap(t.clean(text), 10.5f, 200f);
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            assertThat(t.width(line, 10.5f)).isLessThanOrEqualTo(200f);
            assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
        }
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void cutsAWordWiderThanTheLineBetweenCharacters() throws IOException {
        List<String> lines = t.wrap("vor " + Statements.LONG_WORD + " nach", 10.5f, 150f);
        assertThat(lines.get(0)).isEqualTo("vor");
        assertThat(lines).allSatisfy(l -> assertThat(t.width(l, 10.5f)).isLessThanOrEqualTo(150f));
        // the rest of the word shares its line with the next word
        assertThat(String.join("", lines)).isEqualTo("vor" + Statements.LONG_WORD + " nach");
    }

    @Test
    void noBreakSpaceDoesNotBreak() throws IOException {
        String text = t.clean("Betrag: 18.500\u00A0€ und 12\u202F% mehr");
        List<String> lines = t.wrap(text, 10f, t.width("Betrag: 18.500", 10f) + 1f);
        assertThat(lines).anyMatch(l -> l.startsWith("18.500\u00A0€"));
        assertThat(lines).anyMatch(l -> l.contains("12\u00A0%"));
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertThat(StatementPdf.paragraphs(t.clean("a\nb\n\n c \n \u00A0\n\n\nd\n", true)))
                .containsExactly("a\nb", "c", "d");
    }

    @Test
    void longFooterTextIsShortenedWithEllipsis() throws IOException {
        String fitted = t.fitOneLine("freigegeben von " + "Sehr Langer Name ".repeat(20), 8f, 300f);
        assertThat(fitted).endsWith("…");
        assertThat(t.width(fitted, 8f)).isLessThanOrEqualTo(300f);
        assertThat(t.fitOneLine("kurz", 8f, 300f)).isEqualTo("kurz");
    }

    @Test
    void fontComesFromThePdfBoxJar() {
        assertThat(EmbeddedFont.bytes()).hasSizeGreaterThan(100_000);
        // TrueType: version 1.0 (0x00010000)
        assertThat(EmbeddedFont.bytes()).startsWith(0, 1, 0, 0);
    }
}
