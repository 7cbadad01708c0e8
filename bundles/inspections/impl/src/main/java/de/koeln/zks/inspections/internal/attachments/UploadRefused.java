package de.koeln.zks.inspections.internal.attachments;

import java.util.Objects;

/**
 * An upload was refused by {@link UploadCheck}.
 *
 * <p>{@link #field()} names the request part the problem belongs to ({@value #FILE} or {@value #FILE_NAME}),
 * {@link #status()} is the HTTP status to answer with:
 * <ul>
 *   <li>400 – malformed request: empty file, unusable file name;</li>
 *   <li>413 – file larger than the allowed maximum;</li>
 *   <li>415 – content type not allowed: unknown or forbidden content, claimed type contradicting the content,
 *       PDF with active content.</li>
 * </ul>
 * The message is a fixed English text. It never repeats the client's input, so it is safe to log and to return.
 */
public class UploadRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Field name for problems with the file content. */
    public static final String FILE = "file";
    /** Field name for problems with the file name. */
    public static final String FILE_NAME = "fileName";

    public static final int BAD_REQUEST = 400;
    public static final int PAYLOAD_TOO_LARGE = 413;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;

    private final String field;
    private final int status;

    public UploadRefused(String field, int status, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
        if (status != BAD_REQUEST && status != PAYLOAD_TOO_LARGE && status != UNSUPPORTED_MEDIA_TYPE) {
            throw new IllegalArgumentException("status must be 400, 413 or 415");
        }
        this.status = status;
    }

    /** {@value #FILE} or {@value #FILE_NAME}. */
    public String field() {
        return field;
    }

    /** 400, 413 or 415. */
    public int status() {
        return status;
    }
}
