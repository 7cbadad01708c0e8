package de.koeln.zks.inspections.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition} (attachment or inline) with the file name for old clients (ASCII) and new ones (RFC 5987, UTF-8). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment" + names(fileName);
    }

    /** Shown in the browser; for content the module made itself (statement PDFs), never for uploads. */
    static String inline(String fileName) {
        return "inline" + names(fileName);
    }

    private static String names(String fileName) {
        StringBuilder ascii = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
