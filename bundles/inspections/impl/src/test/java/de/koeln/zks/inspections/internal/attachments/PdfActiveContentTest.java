package de.koeln.zks.inspections.internal.attachments;

import static de.koeln.zks.inspections.internal.attachments.Samples.assertRefused;
import static de.koeln.zks.inspections.internal.attachments.Samples.jpeg;
import static de.koeln.zks.inspections.internal.attachments.Samples.pdf;
import static de.koeln.zks.inspections.internal.attachments.Samples.pdfWithFlateStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heuristic scan of PDFs for active content, through {@link UploadCheck}. */
class PdfActiveContentTest {

    private static final long BIG = 1 << 20;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "1 0 obj\n<< /Type /Catalog /OpenAction 2 0 R >>\nendobj\n2 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj",
        "2 0 obj<</S/JavaScript/JS 3 0 R>>endobj",
        "2 0 obj << /JS (x) >> endobj",
        "<</OpenAction<</S/Launch/F(cmd.exe)>>>>",
        "<< /Type /EmbeddedFile /Length 3 >>",
        "<< /Names << /EmbeddedFiles 5 0 R >> >>",
        "<< /S /Java#53cript >>",
        "<< /S /J#53 >>",
        "<< /S /#4A#61vaScript >>",
        "<< /AA << /O << /S /Launch >> >> >>",
        "trailer /JavaScript"})
    void refusesActiveContentInRawPdf(String body) {
        assertRefused(() -> UploadCheck.check("x.pdf", "application/pdf", pdf(body), BIG), "file", 415);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "<< /Font << /JSFont 4 0 R >> >>",
        "<< /Launcher 1 >>",
        "<< /JavaScripts 1 >>",
        "(JavaScript is mentioned in a text string without a slash)",
        "<< /S /URI /URI (https://www.stadt-koeln.de/) >>",
        "<< /Title (Begehung Kundenzentrum #1) >>",
        "<< /S /Java#5 >>"})
    void acceptsSimilarButHarmlessNames(String body) {
        assertThat(UploadCheck.check("x.pdf", "application/pdf", pdf(body), BIG).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void refusesActiveContentHiddenInCompressedObjectStream() {
        byte[] content = pdfWithFlateStream("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>",
                "1 0 << /S /JavaScript /JS (app.alert(1)) >>", "\n");

        assertThat(new String(content, StandardCharsets.ISO_8859_1)).doesNotContain("JavaScript");
        assertRefused(() -> UploadCheck.check("x.pdf", null, content, BIG), "file", 415);
    }

    @Test
    void findsCompressedActiveContentAfterCrLf() {
        byte[] content = pdfWithFlateStream("<< /Filter /FlateDecode >>", "<</Type/EmbeddedFile>>", "\r\n");

        assertRefused(() -> UploadCheck.check("x.pdf", null, content, BIG), "file", 415);
    }

    @Test
    void acceptsHarmlessCompressedStream() {
        byte[] content = pdfWithFlateStream("<< /Filter /FlateDecode >>",
                "BT /F1 12 Tf 72 712 Td (Begehungsprotokoll) Tj ET", "\n");

        assertThat(UploadCheck.check("x.pdf", null, content, BIG).fileName()).isEqualTo("x.pdf");
    }

    @Test
    void ignoresStreamsThatAreNotFlate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n1 0 obj\n<< /Filter /DCTDecode >>\nstream\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(jpeg(200));
        out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(UploadCheck.check("x.pdf", null, out.toByteArray(), BIG).contentType())
                .isEqualTo("application/pdf");
    }

    @Test
    void refusesPdfWhoseStreamsInflateBeyondTheBudget() {
        String zeros = "0".repeat(1 << 20);
        byte[] content = pdfWithFlateStream("<< /Filter /FlateDecode >>", zeros, "\n");
        assertThat(content.length).isLessThan(10_000);

        assertRefused(() -> UploadCheck.check("x.pdf", null, content, BIG, 64 * 1024), "file", 415);
        assertThat(UploadCheck.check("x.pdf", null, content, BIG).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void pdfChecksDoNotApplyToImages() {
        byte[] content = Arrays.copyOf(jpeg(64), 64 + 20);
        System.arraycopy("/JavaScript /Launch ".getBytes(StandardCharsets.US_ASCII), 0, content, 64, 20);

        assertThat(UploadCheck.check("x.jpg", null, content, BIG).contentType()).isEqualTo("image/jpeg");
    }
}
