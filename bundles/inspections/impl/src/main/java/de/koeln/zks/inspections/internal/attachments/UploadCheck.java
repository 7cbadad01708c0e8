package de.koeln.zks.inspections.internal.attachments;

import java.util.Locale;

/**
 * Checks an uploaded inspection photo or attachment before it is stored.
 *
 * <h2>Content</h2>
 * The type is taken from the content's magic bytes, never from the claimed type or the extension:
 * <ul>
 *   <li>JPEG ({@code FF D8 FF}) as {@code image/jpeg},</li>
 *   <li>PNG ({@code 89 50 4E 47 0D 0A 1A 0A}) as {@code image/png},</li>
 *   <li>PDF ({@code %PDF-} at offset 0) as {@code application/pdf},</li>
 *   <li>HEIC as {@code image/heic}: an {@code ftyp} box at offset 0 with major brand {@code heic} or {@code heix},
 *       or major brand {@code mif1} with {@code heic}/{@code heix} among the compatible brands. Accepted because
 *       phones send it; browsers mostly cannot display it, so a viewer has to convert or offer it as a download.</li>
 * </ul>
 * Everything else (GIF, AVIF, video, HTML ...) is refused with 415. Empty content is refused with 400, content
 * longer than {@code maxBytes} with 413. A claimed content type, when given, must fit the detected type (parameters
 * such as {@code ;charset=} and case are ignored; aliases like {@code image/jpg} and {@code image/heif} are
 * accepted; {@code application/octet-stream} counts as "not given", as browsers send it for unknown types);
 * otherwise 415. PDFs containing the names {@code /JavaScript}, {@code /JS}, {@code /Launch} or
 * {@code /EmbeddedFile(s)} are refused with 415 – a heuristic byte scan, see {@link PdfActiveContent}.
 *
 * <h2>File name</h2>
 * Refusals are 400 on field {@code fileName}. The name
 * <ol>
 *   <li>must be given and must not contain control or invisible characters anywhere (Unicode categories
 *       Cc, Cf, Cn, Co, Cs, Zl, Zp – this covers NUL, line breaks, bidi overrides and zero-width characters);</li>
 *   <li>must not contain a path: any {@code /}, {@code \} or ".." refuses it (a client that sends
 *       "C:\Users\a\Foto.jpg" or "../../etc/passwd" is broken or trying something; neither is guessed at);
 *       it is normalised to NFC;</li>
 *   <li>must then not be empty, longer than 120 code points, contain "..", start with a dot, start or end with a
 *       space, end with a dot, contain {@code < > : " | ? *}, or be a Windows device name (CON, PRN, AUX, NUL,
 *       CONIN$, CONOUT$, COM0-9, LPT0-9, also with an extension, e.g. "CON.jpg");</li>
 *   <li>must pass the same rules after NFKC normalisation (fullwidth slash, one-dot leader and similar look-alikes)
 *       and after percent-decoding, repeated until nothing changes: a name is never URL-decoded, "Rabatt 50%.pdf"
 *       is accepted as it is, but "%2e%2e%2fx.png" is refused because a careless component decoding it would get
 *       "../x.png";</li>
 *   <li>must end with an extension of the detected type (jpg, jpeg, jpe, jfif / png / pdf / heic, heif; any case),
 *       so "x.exe" and "x.jpg.exe" are refused. A name without extension gets the canonical one (.jpg, .png, .pdf,
 *       .heic) appended; a suffix of digits only ("Begehung 12.03.2024") does not count as an extension. The
 *       result must still be at most 120 code points.</li>
 * </ol>
 * The accepted name is for display and {@code Content-Disposition} only; store files under generated keys.
 */
public final class UploadCheck {

    /** Total bytes the Flate streams of one PDF may inflate to during the active-content scan. */
    static final long MAX_INFLATED_PDF_BYTES = 256L * 1024 * 1024;

    private static final String OCTET_STREAM = "application/octet-stream";

    /**
     * An accepted upload.
     *
     * @param fileName cleaned file name, NFC, with an extension fitting the content
     * @param contentType canonical media type detected from the content
     * @param size content length in bytes
     */
    public record Accepted(String fileName, String contentType, long size) {
    }

    private UploadCheck() {
    }

    /**
     * @param claimedFileName the name the client sent
     * @param claimedContentType the content type the client sent, may be {@code null} or blank
     * @param content the uploaded bytes
     * @param maxBytes the largest allowed size in bytes, positive
     * @return the accepted upload
     * @throws UploadRefused with a field name ("file" or "fileName") and a German-free English message
     * @throws IllegalArgumentException when {@code maxBytes} is not positive
     */
    public static Accepted check(String claimedFileName, String claimedContentType, byte[] content, long maxBytes) {
        return check(claimedFileName, claimedContentType, content, maxBytes, MAX_INFLATED_PDF_BYTES);
    }

    static Accepted check(String claimedFileName, String claimedContentType, byte[] content, long maxBytes,
            long maxInflatedPdfBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (content == null || content.length == 0) {
            throw new UploadRefused(UploadRefused.FILE, UploadRefused.BAD_REQUEST, "file is empty");
        }
        if (content.length > maxBytes) {
            throw new UploadRefused(UploadRefused.FILE, UploadRefused.PAYLOAD_TOO_LARGE,
                    "file is larger than the allowed maximum");
        }
        FileType type = FileType.detect(content);
        if (type == null) {
            throw new UploadRefused(UploadRefused.FILE, UploadRefused.UNSUPPORTED_MEDIA_TYPE,
                    "file type is not allowed; allowed are JPEG, PNG, PDF and HEIC");
        }
        String claimed = essence(claimedContentType);
        if (claimed != null && !type.allowsClaimedMediaType(claimed)) {
            throw new UploadRefused(UploadRefused.FILE, UploadRefused.UNSUPPORTED_MEDIA_TYPE,
                    "claimed content type does not match the file content");
        }
        String fileName = FileNames.clean(claimedFileName, type);
        if (type == FileType.PDF) {
            checkPdf(content, maxInflatedPdfBytes);
        }
        return new Accepted(fileName, type.mediaType(), content.length);
    }

    private static void checkPdf(byte[] content, long maxInflatedPdfBytes) {
        String activeName;
        try {
            activeName = PdfActiveContent.find(content, maxInflatedPdfBytes);
        } catch (PdfActiveContent.TooMuchToInflate e) {
            throw new UploadRefused(UploadRefused.FILE, UploadRefused.UNSUPPORTED_MEDIA_TYPE,
                    "PDF could not be checked for active content: it decompresses to too much data");
        }
        if (activeName != null) {
            throw new UploadRefused(UploadRefused.FILE, UploadRefused.UNSUPPORTED_MEDIA_TYPE,
                    "PDF with active content (" + activeName + ") is not allowed");
        }
    }

    /** @return the lower-case media type without parameters, or {@code null} when none is claimed */
    private static String essence(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String essence = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return essence.isEmpty() || essence.equals(OCTET_STREAM) ? null : essence;
    }
}
