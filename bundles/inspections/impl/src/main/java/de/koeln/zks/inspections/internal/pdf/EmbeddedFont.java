package de.koeln.zks.inspections.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of the statements: Liberation Sans Regular (SIL Open Font License 1.1), the TrueType font that
 * Apache PDFBox itself ships as its last-resort fallback (see PDFBox's META-INF/LICENSE for the licence text).
 *
 * <p>The resource is looked up through a PDFBox class on purpose: in OSGi it lies in the PDFBox bundle, in a package
 * that bundle does not export, so only PDFBox's own class loader finds it ({@code StatementPdf.class.getResource(..)}
 * returns {@code null} there, while on a flat class path both work).
 */
final class EmbeddedFont {

    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static volatile byte[] bytes;

    private EmbeddedFont() {
    }

    /** Loads the font into {@code pdf} as a Type 0 (CID, Identity-H) font that is embedded as a subset. */
    static PDType0Font load(PDDocument pdf) throws IOException {
        return PDType0Font.load(pdf, new RandomAccessReadBuffer(bytes()), true, false);
    }

    static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = PDDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " not found in the PDFBox jar ("
                            + PDDocument.class.getProtectionDomain().getCodeSource() + ")");
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + RESOURCE, e);
            }
            bytes = b;
        }
        return b;
    }
}
