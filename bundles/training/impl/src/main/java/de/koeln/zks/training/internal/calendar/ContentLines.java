package de.koeln.zks.training.internal.calendar;

/**
 * Content line folding after RFC 5545, section 3.1: lines longer than 75 octets (UTF-8, without the line break)
 * are split by inserting CRLF followed by one space, never inside a UTF-8 multi-octet sequence.
 *
 * <p>Needed because ical4j 3.2.19's {@code FoldingWriter} (used by {@code CalendarOutputter}) counts UTF-16
 * chars, not octets: it folds after 73 chars, so a line of German text with umlauts comes out longer than
 * 75 octets, and it can split a surrogate pair (emoji) across two lines. Everything else — property names,
 * parameters, value escaping — is ical4j's output ({@code Calendar#toString()} is the unfolded form that
 * {@code CalendarOutputter} would fold).
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /**
     * @param unfolded content lines, each terminated by CRLF, without CR or LF inside a line (as ical4j emits them)
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 24);
        int lineStart = 0;
        while (lineStart < unfolded.length()) {
            int lineEnd = unfolded.indexOf(CRLF, lineStart);
            if (lineEnd < 0) {
                throw new IllegalArgumentException("Content line without CRLF at offset " + lineStart);
            }
            foldLine(unfolded, lineStart, lineEnd, out);
            out.append(CRLF);
            lineStart = lineEnd + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\r' || codePoint == '\n') {
                throw new IllegalArgumentException("Bare line break inside a content line at offset " + i);
            }
            int length = utf8Length(codePoint);
            if (octets + length > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
