package de.koeln.zks.inspections.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading rendered PDFs back with PDFBox's text extraction. */
final class Pdfs {

    private Pdfs() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in order. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("", pages(pdf));
    }

    /**
     * The text without the running header and the footers, white space collapsed to single spaces: what remains of
     * a paragraph that was wrapped (at spaces) over lines and pages is the paragraph with its spaces.
     */
    static String flowingText(byte[] pdf) {
        StringBuilder b = new StringBuilder();
        for (String page : pages(pdf)) {
            for (String line : page.split("\n")) {
                if (line.startsWith(StatementPdf.LETTERHEAD) || line.matches(".*Seite \\d+ von \\d+.*")
                        || line.startsWith("freigegeben von ")) {
                    continue;
                }
                b.append(line).append(' ');
            }
        }
        return collapse(b.toString());
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Every glyph drawn, with its position (PDF user space, y from the bottom). */
    static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float height = p.getPageHeight();
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                                p.getXDirAdj() + p.getWidthDirAdj(), height - p.getYDirAdj(), p.getFontSizeInPt()));
                    }
                }
            };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Glyph(int page, String unicode, float left, float right, float baseline, float size) {
    }
}
