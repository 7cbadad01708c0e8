package de.koeln.zks.inspections.internal.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/** Minimal sample contents of each file type and assertion helpers shared by the upload tests. */
final class Samples {

    private Samples() {
    }

    static void assertRefused(Runnable call, String field, int status) {
        UploadRefused refused = catchThrowableOfType(UploadRefused.class, call::run);

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.status()).isEqualTo(status);
        assertPlainEnglish(refused);
    }

    /** Fixed English texts: printable ASCII only, so no umlauts and no echoed client input. */
    static void assertPlainEnglish(UploadRefused refused) {
        assertThat(refused.getMessage()).matches("[A-Za-z][\\x20-\\x7E]*");
    }

    static byte[] jpeg(int size) {
        byte[] content = new byte[size];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        content[3] = (byte) 0xE0;
        return content;
    }

    static byte[] png() {
        byte[] content = new byte[33];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    static byte[] pdf(String body) {
        return ("%PDF-1.7\n" + body + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] pdfWithFlateStream(String dictionary, String plain, String endOfLine) {
        Deflater deflater = new Deflater();
        deflater.setInput(plain.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.7\n1 0 obj\n" + dictionary + "\nstream" + endOfLine).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(compressed.toByteArray());
        out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** An ISO-BMFF file starting with an ftyp box (major brand, minor version 0, compatible brands) and some data. */
    static byte[] heic(String majorBrand, String... compatibleBrands) {
        int boxSize = 16 + 4 * compatibleBrands.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, (byte) boxSize});
        out.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(majorBrand.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[4]);
        for (String brand : compatibleBrands) {
            out.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(new byte[] {0, 0, 0, 8, 'm', 'e', 't', 'a'});
        return out.toByteArray();
    }

    static byte[] withBoxSize(byte[] content, int boxSize) {
        byte[] copy = content.clone();
        copy[3] = (byte) boxSize;
        return copy;
    }
}
