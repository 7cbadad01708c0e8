package de.koeln.zks.inspections.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders a released written statement (Stellungnahme) as PDF: A4, 25 mm margins, letterhead with title, subject,
 * reference, unit and location on the first page (a running header on the others), the text in paragraphs, the
 * findings as a table, and on every page a footer with "Seite n von m", the version and the release. The only font
 * is Liberation Sans, embedded as a subset (see {@link EmbeddedFont}).
 *
 * <p>The output is deterministic: the same document gives the same bytes (creation date and file ID derive from
 * {@link StatementDocument#releasedAt()}).
 */
public final class StatementPdf {

    static final String LETTERHEAD = "Stadt Köln – Zentrum für Kriminalprävention und Sicherheit";
    static final String PRODUCER = "ZKS Case Platform";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    static final String[] TABLE_HEADER = {"Punkt", "Prüffrage", "Risiko", "Bemerkung"};
    private static final float[] COLUMN_SHARE = {0.18f, 0.37f, 0.13f, 0.32f};

    private static final float LETTERHEAD_SIZE = 11f;
    private static final float TITLE_SIZE = 18f;
    private static final float SUBJECT_SIZE = 12.5f;
    private static final float META_SIZE = 10f;
    private static final float META_LABEL_WIDTH = 32 * Typesetter.MM;
    private static final float BODY_SIZE = 10.5f;
    private static final float PARAGRAPH_GAP = 6f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TABLE_SIZE = 9f;
    private static final float CELL_PAD_X = 3f;
    private static final float CELL_PAD_Y = 3f;
    private static final float RUNNING_SIZE = 8f;
    private static final float FOOTER_SIZE = 8f;

    private StatementPdf() {
    }

    /**
     * @return the PDF file
     * @throws IllegalArgumentException if {@code doc} is {@code null}
     * @throws UncheckedIOException     if PDFBox fails (it writes to memory only, so this means a bug or a missing
     *                                  font resource)
     */
    public static byte[] render(StatementDocument doc) {
        Checks.notNull(doc, "doc");
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = EmbeddedFont.load(pdf);
            Typesetter t = new Typesetter(pdf, font, ts -> runningHeader(ts, doc));
            t.newPage();
            letterhead(t, doc);
            body(t, doc);
            findings(t, doc);
            t.finish();
            footers(pdf, t, doc);
            metadata(pdf, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render statement " + doc.reference(), e);
        }
    }

    static String releaseDate(StatementDocument doc) {
        return DATE.format(doc.releasedAt().atZoneSameInstant(ZONE));
    }

    // ---------------------------------------------------------------------------------------------- first page

    private static void letterhead(Typesetter t, StatementDocument doc) throws IOException {
        t.paragraph(LETTERHEAD, Typesetter.LEFT, Typesetter.WIDTH, LETTERHEAD_SIZE, true);
        t.down(2f);
        t.rule(Typesetter.LEFT, Typesetter.RIGHT, 0.8f);
        t.down(16f);
        t.paragraph(t.clean(doc.title()), Typesetter.LEFT, Typesetter.WIDTH, TITLE_SIZE, true);
        t.down(2f);
        t.paragraph(t.clean(doc.subject()), Typesetter.LEFT, Typesetter.WIDTH, SUBJECT_SIZE, false);
        t.down(8f);
        meta(t, "Aktenzeichen", doc.reference());
        meta(t, "Dienststelle", doc.unit());
        meta(t, "Standort", doc.location());
        meta(t, "Verfasst von", doc.author());
        meta(t, "Freigegeben", doc.releasedBy() + " am " + releaseDate(doc));
        meta(t, "Version", Integer.toString(doc.version()));
        t.down(4f);
        t.rule(Typesetter.LEFT, Typesetter.RIGHT, 0.4f);
        t.down(14f);
    }

    private static void meta(Typesetter t, String label, String value) throws IOException {
        float valueX = Typesetter.LEFT + META_LABEL_WIDTH;
        List<String> lines = t.wrap(t.clean(value), META_SIZE, Typesetter.RIGHT - valueX);
        t.ensure(Typesetter.leading(META_SIZE));
        t.textAt(label + ":", Typesetter.LEFT, t.baseline(META_SIZE), META_SIZE, true);
        for (String line : lines) {
            t.line(line, valueX, META_SIZE, false);
        }
    }

    private static void runningHeader(Typesetter t, StatementDocument doc) {
        try {
            float baseline = Typesetter.TOP + 8 * Typesetter.MM;
            String right = t.clean(doc.title() + " " + doc.reference());
            float rightWidth = Math.min(t.width(right, RUNNING_SIZE), Typesetter.WIDTH / 2);
            right = t.fitOneLine(right, RUNNING_SIZE, rightWidth);
            String left = t.fitOneLine(LETTERHEAD, RUNNING_SIZE, Typesetter.WIDTH - rightWidth - 12f);
            t.textAt(left, Typesetter.LEFT, baseline, RUNNING_SIZE, false);
            t.textAt(right, Typesetter.RIGHT - t.width(right, RUNNING_SIZE), baseline, RUNNING_SIZE, false);
            t.hline(Typesetter.LEFT, Typesetter.RIGHT, baseline - 2.5f * Typesetter.MM, 0.4f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------- content

    /** Paragraphs are separated by blank lines (also lines of only white space). */
    static List<String> paragraphs(String cleanedText) {
        List<String> result = new ArrayList<>();
        for (String p : cleanedText.split("\n[ \u00A0]*(\n[ \u00A0]*)+")) {
            String stripped = p.strip();
            if (!stripped.isEmpty()) {
                result.add(stripped);
            }
        }
        return result;
    }

    private static void body(Typesetter t, StatementDocument doc) throws IOException {
        for (String paragraph : paragraphs(t.clean(doc.text(), true))) {
            t.paragraph(paragraph, Typesetter.LEFT, Typesetter.WIDTH, BODY_SIZE, false);
            t.down(PARAGRAPH_GAP);
        }
    }

    private static void findings(Typesetter t, StatementDocument doc) throws IOException {
        t.down(6f);
        float headingHeight = Typesetter.leading(HEADING_SIZE) + 4f;
        float firstRow = 2 * (Typesetter.leading(TABLE_SIZE) + 2 * CELL_PAD_Y);
        t.ensure(headingHeight + firstRow);
        t.line("Feststellungen", Typesetter.LEFT, HEADING_SIZE, true);
        t.down(4f);
        if (doc.findings().isEmpty()) {
            t.paragraph("Keine Feststellungen.", Typesetter.LEFT, Typesetter.WIDTH, BODY_SIZE, false);
            return;
        }
        float[] x = columns();
        tableRow(t, x, headerCells(t, x), true);
        for (FindingLine f : doc.findings()) {
            List<List<String>> cells = List.of(
                    cell(t, f.item(), x, 0), cell(t, f.question(), x, 1),
                    cell(t, f.risk(), x, 2), cell(t, f.note(), x, 3));
            tableRow(t, x, cells, false);
        }
    }

    /** Left edges of the columns and, last, the right edge of the table. */
    private static float[] columns() {
        float[] x = new float[COLUMN_SHARE.length + 1];
        x[0] = Typesetter.LEFT;
        for (int i = 0; i < COLUMN_SHARE.length; i++) {
            x[i + 1] = x[i] + COLUMN_SHARE[i] * Typesetter.WIDTH;
        }
        x[COLUMN_SHARE.length] = Typesetter.RIGHT;
        return x;
    }

    private static List<List<String>> headerCells(Typesetter t, float[] x) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < TABLE_HEADER.length; i++) {
            cells.add(cell(t, TABLE_HEADER[i], x, i));
        }
        return cells;
    }

    private static List<String> cell(Typesetter t, String text, float[] x, int column) throws IOException {
        String cleaned = t.clean(text, true).strip();
        return t.wrap(cleaned, TABLE_SIZE, x[column + 1] - x[column] - 2 * CELL_PAD_X);
    }

    /**
     * Draws a row; a row that does not fit continues on the next page (after the repeated table header), so even a
     * row longer than a page is printed completely.
     */
    private static void tableRow(Typesetter t, float[] x, List<List<String>> cells, boolean header)
            throws IOException {
        float lead = Typesetter.leading(TABLE_SIZE);
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        // lines of a row that fit on a page below the repeated table header
        int perPage = (int) Math.floor((Typesetter.TOP - Typesetter.BOTTOM - lead - 4 * CELL_PAD_Y) / lead);
        int done = 0;
        while (done < lines) {
            int remaining = lines - done;
            int fit = (int) Math.floor((t.y() - Typesetter.BOTTOM - 2 * CELL_PAD_Y) / lead);
            // a row that fits on a page is not split; a longer one is, leaving at least two lines on a page
            int needed = header || (done == 0 && remaining <= perPage) ? remaining : Math.min(remaining, 2);
            if (fit < needed) {
                t.newPage();
                if (!header) {
                    tableRow(t, x, headerCells(t, x), true);
                }
                continue;
            }
            int n = Math.min(fit, remaining);
            drawRowSlice(t, x, cells, done, n, header);
            done += n;
        }
    }

    private static void drawRowSlice(Typesetter t, float[] x, List<List<String>> cells, int from, int count,
            boolean header) throws IOException {
        float lead = Typesetter.leading(TABLE_SIZE);
        float top = t.y();
        float height = count * lead + 2 * CELL_PAD_Y;
        float bottom = top - height;
        if (header) {
            t.fillRect(x[0], bottom, x[x.length - 1] - x[0], height, 0.88f);
        }
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = cells.get(c);
            float baselineTop = t.baseline(TABLE_SIZE) - CELL_PAD_Y;
            for (int i = 0; i < count && from + i < cell.size(); i++) {
                t.textAt(cell.get(from + i), x[c] + CELL_PAD_X, baselineTop - i * lead, TABLE_SIZE, header);
            }
        }
        t.hline(x[0], x[x.length - 1], top, 0.5f);
        t.hline(x[0], x[x.length - 1], bottom, 0.5f);
        for (float edge : x) {
            t.vline(edge, top, bottom, 0.5f);
        }
        t.down(height);
    }

    // ---------------------------------------------------------------------------------------------- every page

    private static void footers(PDDocument pdf, Typesetter t, StatementDocument doc) throws IOException {
        int pages = pdf.getNumberOfPages();
        String left1 = t.clean(doc.title() + " " + doc.reference() + " · Version " + doc.version());
        String left2 = t.clean("freigegeben von " + doc.releasedBy() + " am " + releaseDate(doc));
        float line1 = Typesetter.BOTTOM - 9 * Typesetter.MM;
        float line2 = line1 - Typesetter.leading(FOOTER_SIZE);
        for (int i = 0; i < pages; i++) {
            PDPage page = pdf.getPage(i);
            String right = "Seite " + (i + 1) + " von " + pages;
            float rightWidth = t.width(right, FOOTER_SIZE);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setLineWidth(0.4f);
                cs.moveTo(Typesetter.LEFT, Typesetter.BOTTOM - 4 * Typesetter.MM);
                cs.lineTo(Typesetter.RIGHT, Typesetter.BOTTOM - 4 * Typesetter.MM);
                cs.stroke();
                float leftWidth = Typesetter.WIDTH - rightWidth - 12f;
                Typesetter.show(cs, t.font(), t.fitOneLine(left1, FOOTER_SIZE, leftWidth), Typesetter.LEFT, line1,
                        FOOTER_SIZE, false);
                Typesetter.show(cs, t.font(), right, Typesetter.RIGHT - rightWidth, line1, FOOTER_SIZE, false);
                Typesetter.show(cs, t.font(), t.fitOneLine(left2, FOOTER_SIZE, leftWidth), Typesetter.LEFT, line2,
                        FOOTER_SIZE, false);
            }
        }
    }

    private static void metadata(PDDocument pdf, StatementDocument doc) {
        ZonedDateTime released = doc.releasedAt().atZoneSameInstant(ZONE);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(oneLine(doc.title() + " " + doc.reference() + " – " + doc.subject()));
        info.setSubject(oneLine(doc.subject()));
        info.setAuthor(oneLine(doc.author()));
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(GregorianCalendar.from(released));
        info.setModificationDate(GregorianCalendar.from(released));
        pdf.getDocumentCatalog().setLanguage("de-DE");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(prefs);
        // the file ID is derived from this "document ID" and the info dictionary: same statement, same bytes
        pdf.setDocumentId(doc.releasedAt().toInstant().toEpochMilli());
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
