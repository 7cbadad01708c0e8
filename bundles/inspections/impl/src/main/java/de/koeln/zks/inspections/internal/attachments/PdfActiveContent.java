package de.koeln.zks.inspections.internal.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Heuristic scan of a PDF for active content: the names {@code /JavaScript}, {@code /JS}, {@code /Launch},
 * {@code /EmbeddedFile} and {@code /EmbeddedFiles}.
 *
 * <p>This is a byte scan, not a PDF parser. It reads name tokens ({@code /Name}, ended by white space or a delimiter,
 * with {@code #hh} escapes decoded, so {@code /Java#53cript} is found as well) in the raw file and in every stream
 * that inflates as FlateDecode data, because compressed object streams can hold the dictionaries that carry actions.
 * It errs on the side of refusing: the names inside a string or in random binary data are reported too.
 *
 * <p>Known gaps: encrypted PDFs (streams are encrypted), streams encoded with other or chained filters (for example
 * ASCII85 before Flate), and other kinds of active content (forms submitting data, URIs, XFA, RichMedia). Uploaded
 * files must still be served as downloads with {@code X-Content-Type-Options: nosniff}.
 */
final class PdfActiveContent {

    private static final Set<String> ACTIVE_NAMES = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles");

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

    /** Exceeded by the total inflated size of a PDF's streams. */
    static final class TooMuchToInflate extends Exception {
        private static final long serialVersionUID = 1L;

        TooMuchToInflate() {
            super(null, null, false, false);
        }
    }

    private final byte[] pdf;
    private long inflateBudget;

    private PdfActiveContent(byte[] pdf, long maxInflatedBytes) {
        this.pdf = pdf;
        this.inflateBudget = maxInflatedBytes;
    }

    /**
     * @param maxInflatedBytes total bytes all Flate streams may inflate to; the scan runs in constant memory, this
     *     bounds the time spent on decompression bombs
     * @return the first active name found, with its slash (e.g. {@code "/JavaScript"}), or {@code null}
     * @throws TooMuchToInflate when the streams inflate to more than {@code maxInflatedBytes}
     */
    static String find(byte[] pdf, long maxInflatedBytes) throws TooMuchToInflate {
        return new PdfActiveContent(pdf, maxInflatedBytes).find();
    }

    private String find() throws TooMuchToInflate {
        NameScanner raw = new NameScanner();
        raw.feed(pdf, 0, pdf.length);
        raw.end();
        if (raw.found != null) {
            return raw.found;
        }
        for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
            if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
                continue; // "endstream"
            }
            int start = at + STREAM.length;
            if (start < pdf.length && pdf[start] == '\r') {
                start++;
            }
            if (start < pdf.length && pdf[start] == '\n') {
                start++;
            }
            if (start == at + STREAM.length) {
                continue; // the keyword must be followed by an end of line
            }
            String found = inflateAndScan(start);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Inflates from {@code start} if the data there is a zlib stream; anything else is skipped silently. */
    private String inflateAndScan(int start) throws TooMuchToInflate {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, start, pdf.length - start);
            NameScanner scanner = new NameScanner();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int count;
                try {
                    count = inflater.inflate(buffer);
                } catch (DataFormatException notFlate) {
                    break;
                }
                if (count == 0) {
                    break; // needs more input than the file has, or a preset dictionary
                }
                inflateBudget -= count;
                if (inflateBudget < 0) {
                    throw new TooMuchToInflate();
                }
                scanner.feed(buffer, 0, count);
                if (scanner.found != null) {
                    return scanner.found;
                }
            }
            scanner.end();
            return scanner.found;
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Collects PDF name tokens from a byte sequence fed in chunks and remembers the first active one. */
    private static final class NameScanner {

        /** Longer than every name we look for; longer names are not collected. */
        private final byte[] name = new byte[32];
        private int length;
        private boolean tooLong;
        private boolean inName;
        /** -1: no escape pending; 0: after '#'; 1: after '#' and one hex digit. */
        private int escape = -1;
        private int escapeHigh;
        private byte escapeHighByte;
        String found;

        void feed(byte[] bytes, int offset, int count) {
            for (int i = offset; i < offset + count && found == null; i++) {
                accept(bytes[i]);
            }
        }

        void end() {
            if (inName) {
                finishName();
            }
        }

        private void accept(byte b) {
            if (!inName) {
                if (b == '/') {
                    startName();
                }
                return;
            }
            if (escape >= 0) {
                int digit = hexDigit(b);
                if (escape == 0 && digit >= 0) {
                    escapeHigh = digit;
                    escapeHighByte = b;
                    escape = 1;
                    return;
                }
                if (escape == 1 && digit >= 0) {
                    append((byte) (escapeHigh * 16 + digit));
                    escape = -1;
                    return;
                }
                flushEscape(); // not a valid escape: keep the characters literally, then handle b normally
            }
            if (isWhiteSpace(b) || isDelimiter(b)) {
                finishName();
                if (b == '/') {
                    startName();
                }
            } else if (b == '#') {
                escape = 0;
            } else {
                append(b);
            }
        }

        private void startName() {
            inName = true;
            length = 0;
            tooLong = false;
            escape = -1;
        }

        private void finishName() {
            flushEscape();
            inName = false;
            if (!tooLong && found == null) {
                String candidate = new String(name, 0, length, StandardCharsets.ISO_8859_1);
                if (ACTIVE_NAMES.contains(candidate)) {
                    found = "/" + candidate;
                }
            }
        }

        private void flushEscape() {
            if (escape >= 0) {
                append((byte) '#');
                if (escape == 1) {
                    append(escapeHighByte);
                }
                escape = -1;
            }
        }

        private void append(byte b) {
            if (length < name.length) {
                name[length++] = b;
            } else {
                tooLong = true;
            }
        }

        private static int hexDigit(byte b) {
            if (b >= '0' && b <= '9') {
                return b - '0';
            }
            if (b >= 'a' && b <= 'f') {
                return b - 'a' + 10;
            }
            if (b >= 'A' && b <= 'F') {
                return b - 'A' + 10;
            }
            return -1;
        }

        private static boolean isWhiteSpace(byte b) {
            return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
        }

        private static boolean isDelimiter(byte b) {
            return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']'
                    || b == '{' || b == '}' || b == '/' || b == '%';
        }
    }
}
