package de.koeln.zks.inspections.internal.attachments;

import static de.koeln.zks.inspections.internal.attachments.Samples.assertPlainEnglish;
import static de.koeln.zks.inspections.internal.attachments.Samples.assertRefused;
import static de.koeln.zks.inspections.internal.attachments.Samples.heic;
import static de.koeln.zks.inspections.internal.attachments.Samples.jpeg;
import static de.koeln.zks.inspections.internal.attachments.Samples.png;
import static de.koeln.zks.inspections.internal.attachments.Samples.pdf;
import static de.koeln.zks.inspections.internal.attachments.Samples.withBoxSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadCheckTest {

    private static final long MAX = 1024;

    /** Sample contents of each allowed type. */
    enum Kind {
        JPEG, PNG, PDF, HEIC;

        byte[] bytes() {
            return switch (this) {
                case JPEG -> jpeg(64);
                case PNG -> png();
                case PDF -> pdf("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
                case HEIC -> heic("heic", "mif1", "heic");
            };
        }
    }

    // ---------------------------------------------------------------- file names

    static Stream<Arguments> acceptedNames() {
        return Stream.of(
                arguments("foto.jpg", Kind.JPEG, "foto.jpg"),
                arguments("Foto.JPG", Kind.JPEG, "Foto.JPG"),
                arguments("foto.jpeg", Kind.JPEG, "foto.jpeg"),
                arguments("foto.jfif", Kind.JPEG, "foto.jfif"),
                // NFD input (u + combining diaeresis) comes out as NFC
                arguments("u\u0308mlaut Foto.JPG", Kind.JPEG, "\u00FCmlaut Foto.JPG"),
                arguments("Straße – Eingang (2).png", Kind.PNG, "Straße – Eingang (2).png"),
                arguments("Fläche 20m².jpg", Kind.JPEG, "Fläche 20m².jpg"),
                // no extension: the canonical one is appended
                arguments("foto", Kind.JPEG, "foto.jpg"),
                arguments("bild", Kind.PNG, "bild.png"),
                arguments("IMG_0001", Kind.HEIC, "IMG_0001.heic"),
                arguments("Begehung 12.03.2024", Kind.PDF, "Begehung 12.03.2024.pdf"),
                arguments("Begehung 12.03.2024.pdf", Kind.PDF, "Begehung 12.03.2024.pdf"),
                arguments("IMG_1234.HEIC", Kind.HEIC, "IMG_1234.HEIC"),
                arguments("IMG_1234.heif", Kind.HEIC, "IMG_1234.heif"),
                // the last extension decides
                arguments("foto.exe.jpg", Kind.JPEG, "foto.exe.jpg"),
                // percent signs are literal characters; harmless after decoding, so accepted unchanged
                arguments("Rabatt 50%.pdf", Kind.PDF, "Rabatt 50%.pdf"),
                arguments("100% sicher.png", Kind.PNG, "100% sicher.png"),
                arguments("Foto%20Eingang.jpg", Kind.JPEG, "Foto%20Eingang.jpg"),
                // close to, but not, reserved device names
                arguments("CONSOLE.jpg", Kind.JPEG, "CONSOLE.jpg"),
                arguments("COM10.jpg", Kind.JPEG, "COM10.jpg"),
                arguments("Mein CON.jpg", Kind.JPEG, "Mein CON.jpg"),
                // exactly 120 code points, with and without the appended extension
                arguments("a".repeat(116) + ".jpg", Kind.JPEG, "a".repeat(116) + ".jpg"),
                arguments("a".repeat(116), Kind.JPEG, "a".repeat(116) + ".jpg"),
                arguments("ü".repeat(116) + ".png", Kind.PNG, "ü".repeat(116) + ".png"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {2}")
    @MethodSource("acceptedNames")
    void acceptsAndCleansName(String claimed, Kind kind, String expected) {
        UploadCheck.Accepted accepted = UploadCheck.check(claimed, null, kind.bytes(), MAX);

        assertThat(accepted.fileName()).isEqualTo(expected);
        assertThat(Normalizer.isNormalized(accepted.fileName(), Normalizer.Form.NFC)).isTrue();
    }

    static Stream<Arguments> refusedNames() {
        return Stream.of(
                // any path in the name is refused, not cut down (also encoded: see the percent rows below)
                arguments("../../etc/passwd", Kind.JPEG, "without a path"),
                arguments("C:\\Users\\max\\Bilder\\Foto 1.jpg", Kind.JPEG, "without a path"),
                arguments("/var/tmp/scan.pdf", Kind.PDF, "without a path"),
                arguments("dir/", Kind.JPEG, "without a path"),
                arguments("dir\\", Kind.JPEG, "without a path"),
                // path stripped to "boot.ini": wrong extension
                arguments("..\\..\\boot.ini", Kind.JPEG, "without a path"),
                // extensions that do not fit the content
                arguments("foto.jpg.exe", Kind.JPEG, "extension"),
                arguments("x.exe", Kind.PNG, "extension"),
                arguments("x.jpg.exe", Kind.PNG, "extension"),
                arguments("foto.png", Kind.JPEG, "extension"),
                arguments("scan.jpg", Kind.PDF, "extension"),
                arguments("IMG_1234.jpg", Kind.HEIC, "extension"),
                arguments("foto.jpg:evil.exe", Kind.JPEG, "not allowed in file names"),
                arguments("foto.jpg ", Kind.JPEG, "start or end with a space"),
                // reserved Windows device names, with or without extension, any case
                arguments("CON.jpg", Kind.JPEG, "reserved device name"),
                arguments("con", Kind.JPEG, "reserved device name"),
                arguments("Nul.tar.jpg", Kind.JPEG, "reserved device name"),
                arguments("AUX .jpg", Kind.JPEG, "reserved device name"),
                arguments("prn.png", Kind.PNG, "reserved device name"),
                arguments("COM1.jpg", Kind.JPEG, "reserved device name"),
                arguments("lpt9.jpeg", Kind.JPEG, "reserved device name"),
                arguments("COM\u00B9.jpg", Kind.JPEG, "reserved device name"),
                arguments("CONOUT$.pdf", Kind.PDF, "reserved device name"),
                // dots and spaces
                arguments(" .jpg", Kind.JPEG, "start or end with a space"),
                arguments(".jpg", Kind.JPEG, "start with a dot"),
                arguments(".htaccess", Kind.JPEG, "start with a dot"),
                arguments(" foto.jpg", Kind.JPEG, "start or end with a space"),
                arguments("foto.jpg.", Kind.JPEG, "end with a dot"),
                arguments("foto..jpg", Kind.JPEG, "without a path"),
                arguments("..", Kind.JPEG, "without a path"),
                arguments("a/..", Kind.JPEG, "without a path"),
                // control and invisible characters, also in the dropped directory part
                arguments("foto\u0000.jpg", Kind.JPEG, "control or invisible"),
                arguments("evil\u0000/foto.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\n.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\r.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\u007F.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\u0085.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\u202Egpj.exe", Kind.JPEG, "control or invisible"),
                arguments("foto\u200B.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\u2028.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\uE000.jpg", Kind.JPEG, "control or invisible"),
                arguments("foto\uD800.jpg", Kind.JPEG, "control or invisible"),
                // characters Windows does not allow
                arguments("foto:1.jpg", Kind.JPEG, "not allowed in file names"),
                arguments("foto?.jpg", Kind.JPEG, "not allowed in file names"),
                arguments("foto*.jpg", Kind.JPEG, "not allowed in file names"),
                arguments("<script>.jpg", Kind.JPEG, "not allowed in file names"),
                arguments("a|b.jpg", Kind.JPEG, "not allowed in file names"),
                arguments("a\"b.jpg", Kind.JPEG, "not allowed"),
                // unsafe once percent-decoded (once or repeatedly)
                arguments("%2e%2e%2fx.png", Kind.PNG, "percent-decoded"),
                arguments("%2E%2E%5Cx.png", Kind.PNG, "percent-decoded"),
                arguments("%252e%252e%252fx.png", Kind.PNG, "percent-decoded"),
                arguments("%00.jpg", Kind.JPEG, "percent-decoded"),
                arguments("%2ehtaccess.jpg", Kind.JPEG, "percent-decoded"),
                arguments("%43ON.jpg", Kind.JPEG, "percent-decoded"),
                // look-alikes that NFKC turns into separators, dots or device names
                arguments("\uFF0E\uFF0E\uFF0Fx.jpg", Kind.JPEG, "look-alike"),
                arguments("x\uFF3Cy.jpg", Kind.JPEG, "look-alike"),
                arguments("\u2025x.jpg", Kind.JPEG, "look-alike"),
                arguments("foto\uFF1A1.jpg", Kind.JPEG, "look-alike"),
                arguments("\uFF23\uFF2F\uFF2E.jpg", Kind.JPEG, "look-alike"),
                // too long: refused, never truncated
                arguments("a".repeat(117) + ".jpg", Kind.JPEG, "longer than 120"),
                arguments("a".repeat(117), Kind.JPEG, "longer than 120"),
                arguments("a".repeat(10_000) + ".jpg", Kind.JPEG, "longer than 120"),
                arguments("dir/".repeat(100_000) + "a".repeat(121), Kind.JPEG, "without a path"));
    }

    @ParameterizedTest(name = "[{index}] {0} ({2})")
    @MethodSource("refusedNames")
    void refusesName(String claimed, Kind kind, String reason) {
        UploadRefused refused = catchThrowableOfType(UploadRefused.class,
                () -> UploadCheck.check(claimed, null, kind.bytes(), MAX));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.field()).isEqualTo("fileName");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.getMessage()).contains(reason);
        assertPlainEnglish(refused);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesMissingName(String claimed) {
        assertRefused(() -> UploadCheck.check(claimed, null, jpeg(64), MAX), "fileName", 400);
    }

    @Test
    void percentEncodedNameIsNotDecoded() {
        assertThat(UploadCheck.check("Foto%C3%BC.jpg", null, jpeg(64), MAX).fileName()).isEqualTo("Foto%C3%BC.jpg");
    }

    // ---------------------------------------------------------------- size

    @Test
    void refusesZeroBytes() {
        assertRefused(() -> UploadCheck.check("foto.jpg", "image/jpeg", new byte[0], MAX), "file", 400);
    }

    @Test
    void refusesMissingContent() {
        assertRefused(() -> UploadCheck.check("foto.jpg", "image/jpeg", null, MAX), "file", 400);
    }

    @Test
    void acceptsJpegOfExactlyMaxBytes() {
        UploadCheck.Accepted accepted = UploadCheck.check("foto.jpg", "image/jpeg", jpeg((int) MAX), MAX);

        assertThat(accepted).isEqualTo(new UploadCheck.Accepted("foto.jpg", "image/jpeg", MAX));
    }

    @Test
    void refusesJpegOfMaxBytesPlusOne() {
        assertRefused(() -> UploadCheck.check("foto.jpg", "image/jpeg", jpeg((int) MAX + 1), MAX), "file", 413);
    }

    @Test
    void sizeIsCheckedBeforeTheType() {
        byte[] gif = Arrays.copyOf("GIF89a".getBytes(StandardCharsets.US_ASCII), (int) MAX + 1);

        assertRefused(() -> UploadCheck.check("x.gif", null, gif, MAX), "file", 413);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void maxBytesMustBePositive(long maxBytes) {
        assertThatThrownBy(() -> UploadCheck.check("foto.jpg", null, jpeg(64), maxBytes))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- type detection

    @Test
    void detectsEachAllowedTypeFromContentAlone() {
        assertThat(UploadCheck.check("a", null, Kind.JPEG.bytes(), MAX))
                .isEqualTo(new UploadCheck.Accepted("a.jpg", "image/jpeg", 64));
        assertThat(UploadCheck.check("a", null, Kind.PNG.bytes(), MAX))
                .isEqualTo(new UploadCheck.Accepted("a.png", "image/png", Kind.PNG.bytes().length));
        assertThat(UploadCheck.check("a", null, Kind.PDF.bytes(), MAX))
                .isEqualTo(new UploadCheck.Accepted("a.pdf", "application/pdf", Kind.PDF.bytes().length));
        assertThat(UploadCheck.check("a", null, Kind.HEIC.bytes(), MAX))
                .isEqualTo(new UploadCheck.Accepted("a.heic", "image/heic", Kind.HEIC.bytes().length));
    }

    static Stream<Arguments> refusedContents() {
        return Stream.of(
                arguments("GIF", "x.gif", "image/gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                arguments("GIF named .jpg", "x.jpg", "image/jpeg", "GIF87a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                arguments("HTML named .png", "x.png", "image/png",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)),
                arguments("Windows executable", "x.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                arguments("ZIP", "x.jpg", null, new byte[] {'P', 'K', 3, 4, 0, 0}),
                arguments("SVG", "x.png", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII)),
                arguments("truncated JPEG magic", "x.jpg", null, new byte[] {(byte) 0xFF, (byte) 0xD8}),
                arguments("truncated PNG magic", "x.png", null, Arrays.copyOf(png(), 7)),
                arguments("PDF header not at offset 0", "x.pdf", null, "\n%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                arguments("AVIF", "x.heic", null, heic("avif", "mif1", "miaf", "avif")),
                arguments("mif1 without HEIC brand", "x.heic", null, heic("mif1", "mif1", "avif")),
                arguments("AVIF listing heic as compatible brand", "x.heic", null, heic("avif", "mif1", "heic")),
                arguments("MOV video", "x.heic", null, heic("qt  ", "qt  ")),
                arguments("MP4 video", "x.heic", null, heic("mp42", "isom", "mp42")),
                arguments("ftyp box longer than file", "x.heic", null, Arrays.copyOf(heic("heic", "mif1"), 16)),
                arguments("ftyp box too short", "x.heic", null, withBoxSize(heic("heic", "mif1", "heic"), 8)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusedContents")
    void refusesContentThatIsNotAnAllowedType(String description, String name, String claimedType, byte[] content) {
        assertRefused(() -> UploadCheck.check(name, claimedType, content, MAX), "file", 415);
    }

    @Test
    void acceptsHeicVariantsPhonesSend() {
        assertThat(UploadCheck.check("a.heic", "image/heic", heic("heic", "mif1", "heic"), MAX).contentType())
                .isEqualTo("image/heic");
        assertThat(UploadCheck.check("a.heic", "image/heif", heic("heix", "mif1", "heix"), MAX).contentType())
                .isEqualTo("image/heic");
        assertThat(UploadCheck.check("a.heic", null, heic("mif1", "mif1", "heic"), MAX).contentType())
                .isEqualTo("image/heic");
    }

    // ---------------------------------------------------------------- claimed content type

    @Test
    void refusesPngClaimedAsJpeg() {
        assertRefused(() -> UploadCheck.check("x.png", "image/jpeg", png(), MAX), "file", 415);
    }

    @Test
    void refusesJpegClaimedAsPngEvenWithPngExtension() {
        assertRefused(() -> UploadCheck.check("x.png", "image/png", jpeg(64), MAX), "file", 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "image/gif", "application/pdf", "image/heic", "image/jpeg2000", "jpeg", "*/*"})
    void refusesClaimedTypeContradictingJpeg(String claimedType) {
        assertRefused(() -> UploadCheck.check("x.jpg", claimedType, jpeg(64), MAX), "file", 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/jpeg", "IMAGE/JPEG", " image/jpeg ", "image/jpeg; charset=binary", "image/jpg",
        "image/pjpeg", "application/octet-stream", "", "   "})
    void acceptsClaimedTypeFittingJpegOrNoClaim(String claimedType) {
        assertThat(UploadCheck.check("x.jpg", claimedType, jpeg(64), MAX).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void acceptsMissingClaimedType() {
        assertThat(UploadCheck.check("x.png", null, png(), MAX).contentType()).isEqualTo("image/png");
    }

    @Test
    void pdfMayBeClaimedAsPdf() {
        assertThat(UploadCheck.check("x.pdf", "application/pdf", Kind.PDF.bytes(), MAX).contentType())
                .isEqualTo("application/pdf");
    }

    // ---------------------------------------------------------------- refusal object

    @Test
    void refusalRejectsUnknownStatus() {
        assertThatThrownBy(() -> new UploadRefused("file", 500, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
