package de.koeln.zks.inspections.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatementPdfTest {

    private static byte[] longPdf;
    private static List<String> longPages;

    @BeforeAll
    static void renderOnce() {
        longPdf = StatementPdf.render(Statements.longStatement());
        longPages = Pdfs.pages(longPdf);
    }

    @Test
    void longStatementSpansAtLeastThreePagesAndEveryParagraphIsThere() {
        assertThat(longPdf).startsWith("%PDF-".getBytes());
        assertThat(longPages).hasSizeGreaterThanOrEqualTo(3);

        String flowing = Pdfs.flowingText(longPdf);
        for (String paragraph : Statements.PARAGRAPHS) {
            if (paragraph.contains(Statements.LONG_WORD)) {
                continue; // see veryLongWordIsCutBetweenLettersAndNothingIsLost
            }
            assertThat(flowing).contains(Pdfs.collapse(paragraph));
        }
    }

    @Test
    void umlautsEuroAndQuotesSurviveTheRoundTrip() {
        String text = Pdfs.text(longPdf);
        assertThat(text).contains("ä", "ö", "ü", "ß", "Ä", "Ö", "Ü", "€", "„Karusselltür“",
                "\"Sicherheitsschleuse\"", "‚Schleuse‘", "18.500 € netto", "Gebäudewirtschaft");
    }

    @Test
    void veryLongWordIsCutBetweenLettersAndNothingIsLost() {
        String withoutSpaces = Pdfs.text(longPdf).replaceAll("\\s+", "");
        assertThat(withoutSpaces).contains(Statements.LONG_WORD);
        assertThat(Pdfs.flowingText(longPdf)).contains("Verwaltungsalltag: Grundstücksentwässerungs");
    }

    @Test
    void noGlyphLeavesTheTextAreaOrItsFooterZone() {
        float tolerance = 0.5f;
        for (Pdfs.Glyph g : Pdfs.glyphs(longPdf)) {
            assertThat(g.left()).as("left of %s", g).isGreaterThanOrEqualTo(Typesetter.LEFT - tolerance);
            assertThat(g.right()).as("right of %s", g).isLessThanOrEqualTo(Typesetter.RIGHT + tolerance);
            if (g.size() > 8.5f) { // body, table and letterhead: inside the 25 mm margins
                assertThat(g.baseline()).as("baseline of %s", g).isBetween(Typesetter.BOTTOM, Typesetter.TOP);
            }
        }
    }

    @Test
    void everyPageHasTheFooterWithPageOfTotalVersionAndRelease() {
        int total = longPages.size();
        for (int i = 0; i < total; i++) {
            assertThat(longPages.get(i))
                    .contains("Seite " + (i + 1) + " von " + total)
                    .contains("Stellungnahme ST-2027-014 · Version 3")
                    .contains("freigegeben von Dr. Jürgen Weiß am 01.04.2027");
        }
        assertThat(longPages.get(1)).contains("Seite 2 von");
    }

    @Test
    void pagesAfterTheFirstCarryARunningHeader() {
        for (String page : longPages.subList(1, longPages.size())) {
            assertThat(page.strip()).startsWith(StatementPdf.LETTERHEAD);
            assertThat(page).contains("Stellungnahme ST-2027-014");
        }
    }

    @Test
    void firstPageHasLetterheadTitleSubjectReferenceUnitAndLocation() {
        String first = longPages.get(0);
        assertThat(first.strip()).startsWith("Stadt Köln – Zentrum für Kriminalprävention und Sicherheit");
        assertThat(first).contains("Stellungnahme\n", "Neubau Bürgerbüro Kalk – Bauantrag vom 12.01.2027",
                "Aktenzeichen: ST-2027-014", "Dienststelle: Amt für Gebäudewirtschaft, Abteilung Planung",
                "Standort: Kalker Hauptstraße 247–273, 51103 Köln", "Verfasst von: Sabine Müller-Lüdenscheidt",
                "Freigegeben: Dr. Jürgen Weiß am 01.04.2027", "Version: 3");
    }

    @Test
    void releaseDateIsTheDateInEuropeBerlin() {
        // 23:30 UTC is already the next day in Cologne, in summer (UTC+2) and in winter (UTC+1)
        StatementDocument summer = Statements.statement("Text.", List.of());
        assertThat(StatementPdf.releaseDate(summer)).isEqualTo("01.04.2027");
        StatementDocument winter = withReleasedAt(summer, OffsetDateTime.parse("2027-12-31T23:30:00Z"));
        assertThat(StatementPdf.releaseDate(winter)).isEqualTo("01.01.2028");
        assertThat(Pdfs.text(StatementPdf.render(winter))).contains("am 01.01.2028");
    }

    @Test
    void findingsAreATableWithRiskColumn() {
        String text = Pdfs.text(longPdf);
        assertThat(text).contains("Feststellungen", "Punkt", "Prüffrage", "Risiko", "Bemerkung");
        String flowing = Pdfs.flowingText(longPdf);
        for (FindingLine f : Statements.findings()) {
            assertThat(flowing).contains(f.item(), f.risk());
            assertThat(flowing.replace(" ", "")).contains(f.question().replace(" ", ""), f.note().replace(" ", ""));
        }
        // the risk is printed in its own column, right of the question
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(longPdf);
        float questionX = firstX(glyphs, "Prüffrage");
        float riskX = firstX(glyphs, "Risiko");
        float noteX = firstX(glyphs, "Bemerkung");
        assertThat(riskX).isGreaterThan(questionX).isLessThan(noteX);
        assertThat(firstX(glyphs, "hoch")).isEqualTo(riskX);
    }

    @Test
    void emptyFindingsListSaysSo() {
        byte[] pdf = StatementPdf.render(Statements.statement(Statements.text(), List.of()));
        String flowing = Pdfs.flowingText(pdf);
        assertThat(flowing).contains("Feststellungen Keine Feststellungen.");
        assertThat(flowing).doesNotContain("Prüffrage");
    }

    @Test
    void longTableContinuesOnTheNextPagesWithItsHeaderRepeated() {
        List<FindingLine> many = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            many.add(new FindingLine("Punkt " + i, "Prüffrage Nummer " + i + " mit etwas längerem Text, der umbricht?",
                    i % 3 == 0 ? "hoch" : "gering", "Bemerkung " + i));
        }
        List<String> pages = Pdfs.pages(StatementPdf.render(Statements.statement("Kurzer Text.", many)));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (String page : pages) {
            assertThat(page).contains("Punkt Prüffrage Risiko Bemerkung");
        }
        String all = String.join("\n", pages);
        for (int i = 1; i <= 80; i++) {
            assertThat(all).contains("Bemerkung " + i + "\n");
        }
    }

    @Test
    void rowLongerThanAPageIsSplitAcrossPages() {
        String note = java.util.stream.IntStream.rangeClosed(1, 150).mapToObj(i -> "Zeile " + i)
                .collect(Collectors.joining("\n"));
        byte[] pdf = StatementPdf.render(Statements.statement("Kurzer Text.",
                List.of(new FindingLine("1", "Frage?", "hoch", note))));
        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        String all = String.join("\n", pages);
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("Zeile " + i + "\n");
        }
    }

    @Test
    void singleLineBreaksAreKeptAndBlankLinesWithSpacesSeparateParagraphs() {
        byte[] pdf = StatementPdf.render(Statements.statement(
                "Erstens: Tür\r\nZweitens: Licht\n   \n\n\tDritter Absatz mit Tab", List.of()));
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Erstens: Tür\nZweitens: Licht\n", "\nDritter Absatz mit Tab\n");
    }

    @Test
    void charactersWithoutGlyphBecomeQuestionMarksAndInvisibleOnesAreDropped() {
        byte[] pdf = StatementPdf.render(Statements.statement(
                "Smiley 😀 und 漢字 hier; Sicher\u00ADheit\u200B mit Glocke\u0007; Łukasz Şahin Đorđević", List.of()));
        assertThat(Pdfs.text(pdf)).contains("Smiley ? und ?? hier; Sicherheit mit Glocke; Łukasz Şahin Đorđević");
    }

    @Test
    void metadataNamesTitleAuthorProducerAndReleaseAsCreationDate() {
        try (PDDocument doc = Pdfs.load(longPdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Stellungnahme ST-2027-014 – Neubau Bürgerbüro Kalk – Bauantrag vom 12.01.2027");
            assertThat(info.getSubject()).isEqualTo("Neubau Bürgerbüro Kalk – Bauantrag vom 12.01.2027");
            assertThat(info.getAuthor()).isEqualTo("Sabine Müller-Lüdenscheidt");
            assertThat(info.getProducer()).isEqualTo("ZKS Case Platform");
            assertThat(info.getCreator()).isEqualTo("ZKS Case Platform");
            Calendar created = info.getCreationDate();
            assertThat(created.toInstant()).isEqualTo(OffsetDateTime.parse("2027-03-31T23:30:00Z").toInstant());
            // written with the offset Cologne had then (summer time, +02:00)
            assertThat(created.getTimeZone().getOffset(created.getTimeInMillis())).isEqualTo(2 * 3600 * 1000);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de-DE");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onlyFontIsAnEmbeddedSubsetOfLiberationSans() {
        Pattern subsetName = Pattern.compile("[A-Z]{6}\\+LiberationSans");
        try (PDDocument doc = Pdfs.load(longPdf)) {
            for (PDPage page : doc.getPages()) {
                List<COSName> names = new ArrayList<>();
                page.getResources().getFontNames().forEach(names::add);
                assertThat(names).hasSize(1);
                PDFont font = page.getResources().getFont(names.get(0));
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches(subsetName);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void outputIsDeterministicAndOfSaneSize() {
        byte[] again = StatementPdf.render(Statements.longStatement());
        assertThat(again).isEqualTo(longPdf);
        // the font subset keeps it far below the 410 KB of the whole font; 3+ pages of text need more than 10 KB
        assertThat(longPdf.length).isBetween(10_000, 120_000);
        assertThat(longPdf.length).isLessThan(EmbeddedFont.bytes().length / 3);
    }

    @Test
    void concurrentRendersShareTheFontBytesSafely() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> StatementPdf.render(Statements.longStatement())));
            }
            for (java.util.concurrent.Future<byte[]> r : results) {
                assertThat(r.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(longPdf);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static StatementDocument withReleasedAt(StatementDocument d, OffsetDateTime at) {
        return new StatementDocument(d.title(), d.subject(), d.reference(), d.unit(), d.location(), d.text(),
                d.findings(), d.author(), d.releasedBy(), at, d.version());
    }

    private static float firstX(List<Pdfs.Glyph> glyphs, String word) {
        StringBuilder joined = new StringBuilder();
        List<Pdfs.Glyph> byChar = new ArrayList<>();
        for (Pdfs.Glyph g : glyphs) {
            joined.append(g.unicode());
            for (int i = 0; i < g.unicode().length(); i++) {
                byChar.add(g);
            }
        }
        int index = joined.indexOf(word);
        assertThat(index).as("position of %s", word).isNotNegative();
        return byChar.get(index).left();
    }
}
