package de.koeln.zks.inspections.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A small top-down typesetter on A4 pages with 25 mm margins and one font: it keeps the current page and a cursor
 * {@link #y()} (PDF points from the bottom), breaks pages when content does not fit, wraps text at spaces (words wider
 * than the line are cut between characters) and makes text printable with the font (see {@link #clean(String)}).
 */
final class Typesetter {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 25 * MM;
    static final float LEFT = MARGIN;
    static final float RIGHT = PAGE.getWidth() - MARGIN;
    static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN;
    static final float WIDTH = RIGHT - LEFT;

    /** Liberation Sans: ascender 0.905 em; a line of size s takes {@link #leading(float)}, baseline at 0.905 s. */
    private static final float ASCENT = 0.905f;
    private static final float LEADING = 1.4f;
    private static final char NO_BREAK_SPACE = '\u00A0';

    private final PDDocument pdf;
    private final PDType0Font font;
    private final Consumer<Typesetter> continuationHeader;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;
    private boolean pageHasContent;

    /**
     * @param continuationHeader draws the running header on every page after the first, starting at {@link #y()}
     *                           = {@link #TOP}; it is called with the cursor already placed and may move it
     */
    Typesetter(PDDocument pdf, PDType0Font font, Consumer<Typesetter> continuationHeader) {
        this.pdf = pdf;
        this.font = font;
        this.continuationHeader = continuationHeader;
    }

    PDType0Font font() {
        return font;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** The baseline of a line of {@code size} whose top is the cursor. */
    float baseline(float size) {
        return y - ASCENT * size;
    }

    static float leading(float size) {
        return size * LEADING;
    }

    /** Starts a new page (the first call starts the first page). */
    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        stream = new PDPageContentStream(pdf, page);
        y = TOP;
        pageHasContent = false;
        if (pdf.getNumberOfPages() > 1) {
            continuationHeader.accept(this);
        }
        pageHasContent = false;
    }

    /** Whether {@code height} points still fit above the bottom margin. */
    boolean fits(float height) {
        return y - height >= BOTTOM - 0.01f;
    }

    /** Starts a new page unless {@code height} fits; never on a page that has no content yet. */
    void ensure(float height) throws IOException {
        if (!fits(height) && pageHasContent) {
            newPage();
        }
    }

    /** Draws one line of (already cleaned and fitting) text at {@code x} and moves the cursor down one line. */
    void line(String text, float x, float size, boolean bold) throws IOException {
        ensure(leading(size));
        show(stream, font, text, x, baseline(size), size, bold);
        y -= leading(size);
        pageHasContent = true;
    }

    /** Draws text with its baseline at {@code baseline} without moving the cursor. */
    void textAt(String text, float x, float baseline, float size, boolean bold) throws IOException {
        show(stream, font, text, x, baseline, size, bold);
        pageHasContent = true;
    }

    /** Wrapped lines of {@code text} (cleaned, may contain hard line breaks) drawn from {@code x}. */
    void paragraph(String text, float x, float maxWidth, float size, boolean bold) throws IOException {
        List<String> lines = wrap(text, size, maxWidth);
        // no single first line at the bottom of a page
        if (lines.size() > 1 && !fits(2 * leading(size))) {
            ensure(2 * leading(size));
        }
        for (String l : lines) {
            line(l, x, size, bold);
        }
    }

    /** A horizontal rule at the cursor. */
    void rule(float x1, float x2, float lineWidth) throws IOException {
        hline(x1, x2, y, lineWidth);
    }

    void hline(float x1, float x2, float atY, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, atY);
        stream.lineTo(x2, atY);
        stream.stroke();
        pageHasContent = true;
    }

    void vline(float x, float y1, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x, y1);
        stream.lineTo(x, y2);
        stream.stroke();
    }

    void fillRect(float x, float bottom, float width, float height, float gray) throws IOException {
        stream.saveGraphicsState();
        stream.setNonStrokingColor(gray);
        stream.addRect(x, bottom, width, height);
        stream.fill();
        stream.restoreGraphicsState();
    }

    void finish() throws IOException {
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    // ------------------------------------------------------------------------------------------------ drawing

    /**
     * Shows {@code text} at a baseline. "Bold" is the regular face filled and stroked (text rendering mode 2), so a
     * single embedded font suffices; it stays selectable and extractable text.
     */
    static void show(PDPageContentStream cs, PDType0Font font, String text, float x, float baseline, float size,
            boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.saveGraphicsState();
        if (bold) {
            cs.setLineWidth(size * 0.025f);
        }
        cs.beginText();
        cs.setFont(font, size);
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
        cs.restoreGraphicsState();
    }

    // ------------------------------------------------------------------------------------------------ text

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /**
     * Text the font can print: CR LF and CR become LF, tabs and other spaces a space (no-break spaces stay), other
     * control and format characters (soft hyphen, zero-width space, ...) are dropped, and every character without a
     * glyph in the font becomes '?'. With {@code keepLineBreaks} false line breaks become spaces.
     */
    String clean(String text, boolean keepLineBreaks) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                b.append(keepLineBreaks ? (cp == '\u2029' ? "\n\n" : "\n") : " ");
            } else if (cp == NO_BREAK_SPACE || cp == '\u202F' || cp == '\u2007') {
                b.append(NO_BREAK_SPACE);
            } else if (cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                b.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped
            } else if (canPrint(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    String clean(String text) {
        return clean(text, false);
    }

    private boolean canPrint(int codePoint) {
        return printable.computeIfAbsent(codePoint, cp -> font.getCmapLookup().getGlyphId(cp) > 0);
    }

    /**
     * Lines of at most {@code maxWidth} points: hard line breaks ('\n') are kept, lines are broken at spaces, and a
     * word wider than a line is cut between characters (without hyphen: the cut is no hyphenation point).
     */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            wrapLine(hardLine, size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapLine(String text, float size, float maxWidth, List<String> lines) throws IOException {
        float space = width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float w = width(word, size);
            if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= maxWidth) {
                line.append(word);
                lineWidth = w;
                continue;
            }
            List<String> pieces = cut(word, size, maxWidth);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            String last = pieces.get(pieces.size() - 1);
            line.append(last);
            lineWidth = width(last, size);
        }
        lines.add(line.toString());
    }

    private List<String> cut(String word, float size, float maxWidth) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, size);
            if (piece.length() > 0 && pieceWidth + w > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.append(ch);
            pieceWidth += w;
            i += Character.charCount(cp);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** {@code text} shortened with an ellipsis so that it fits into {@code maxWidth} on one line. */
    String fitOneLine(String text, float size, float maxWidth) throws IOException {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String ellipsis = canPrint('\u2026') ? "\u2026" : "...";
        int end = text.length();
        while (end > 0) {
            end = text.offsetByCodePoints(end, -1);
            String candidate = text.substring(0, end).stripTrailing() + ellipsis;
            if (width(candidate, size) <= maxWidth) {
                return candidate;
            }
        }
        return ellipsis;
    }
}
