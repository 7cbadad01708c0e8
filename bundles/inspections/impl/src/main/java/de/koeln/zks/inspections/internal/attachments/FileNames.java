package de.koeln.zks.inspections.internal.attachments;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans and checks the client's file name of an upload. See {@link UploadCheck} for the rules.
 *
 * <p>The result is meant for display and for {@code Content-Disposition}; it must not be used as a storage path.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;

    /** Characters Windows does not allow in names; the path separators are handled separately. */
    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";

    /** Device names Windows reserves regardless of extension (COM0-9, LPT0-9 incl. superscript digits). */
    private static final Pattern RESERVED = Pattern.compile("CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|(?:COM|LPT)[0-9\u00B9\u00B2\u00B3]");

    /** Bounds the percent-decoding rounds; names are at most {@value #MAX_LENGTH} code points here anyway. */
    private static final int MAX_DECODING_ROUNDS = 8;

    private FileNames() {
    }

    /**
     * @return the cleaned name (NFC, canonical extension appended when there is none)
     * @throws UploadRefused field {@code fileName}, status 400
     */
    static String clean(String claimedFileName, FileType type) {
        if (claimedFileName == null || claimedFileName.isEmpty()) {
            throw refused("fileName is missing");
        }
        // Checked on the whole input: a control character anywhere, even in a path part we drop, means manipulation.
        if (hasInvisibleCharacters(claimedFileName)) {
            throw refused("fileName contains control or invisible characters");
        }
        // A name with a path in it is refused, not cut down: a client that sends one is either broken or trying
        // to place the file elsewhere, and neither should be guessed at.
        if (claimedFileName.indexOf('/') >= 0 || claimedFileName.indexOf('\\') >= 0 || claimedFileName.contains("..")) {
            throw refused("fileName must be a plain file name without a path");
        }
        String normalised = Normalizer.normalize(claimedFileName, Normalizer.Form.NFC);
        String name = normalised.substring(Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            throw refused("fileName is empty after removing the path");
        }
        if (codePoints(name) > MAX_LENGTH) { // before the more expensive checks
            throw refused("fileName is longer than 120 characters");
        }

        String problem = problem(name);
        if (problem != null) {
            throw refused(problem);
        }
        // Look-alikes (fullwidth solidus, one-dot leader, superscript digits ...) and percent-encoded forms must not
        // turn into something unsafe when another component normalises or decodes the name.
        String compatibility = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (problem(compatibility) != null) {
            throw refused("fileName contains look-alike characters that are not allowed");
        }
        if (unsafeWhenDecoded(name) || unsafeWhenDecoded(compatibility)) {
            throw refused("fileName is unsafe when percent-decoded");
        }

        String extension = extension(name);
        String result;
        if (extension == null) {
            result = name + "." + type.canonicalExtension();
        } else if (type.allowsExtension(extension.toLowerCase(Locale.ROOT))) {
            result = name;
        } else {
            throw refused("fileName extension does not match the file content");
        }
        if (codePoints(result) > MAX_LENGTH) {
            throw refused("fileName is longer than 120 characters");
        }
        return result;
    }

    /** @return a message for the first rule {@code name} breaks, or {@code null} */
    private static String problem(String name) {
        if (name.isEmpty()) {
            return "fileName is empty";
        }
        if (hasInvisibleCharacters(name)) {
            return "fileName contains control or invisible characters";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return "fileName contains a path separator";
        }
        if (name.contains("..")) {
            return "fileName must not contain '..'";
        }
        if (name.startsWith(".")) {
            return "fileName must not start with a dot";
        }
        if (isSpace(name.codePointAt(0)) || isSpace(name.codePointBefore(name.length()))) {
            return "fileName must not start or end with a space";
        }
        if (name.endsWith(".")) {
            return "fileName must not end with a dot";
        }
        for (int i = 0; i < name.length(); i++) {
            if (WINDOWS_FORBIDDEN.indexOf(name.charAt(i)) >= 0) {
                return "fileName contains characters that are not allowed in file names";
            }
        }
        if (isReservedDeviceName(name)) {
            return "fileName is a reserved device name";
        }
        return null;
    }

    /** Windows ignores everything from the first dot and trailing spaces: "con .tar.jpg" is the device CON. */
    private static boolean isReservedDeviceName(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        return RESERVED.matcher(base.toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * Decodes {@code %hh} sequences repeatedly (as a careless downstream component might) and checks each result.
     * A literal percent sign that does not start a valid escape, as in "Rabatt 50%.pdf", stays as it is.
     */
    private static boolean unsafeWhenDecoded(String name) {
        String current = name;
        for (int round = 0; round < MAX_DECODING_ROUNDS && current.indexOf('%') >= 0; round++) {
            String decoded = percentDecode(current);
            if (decoded.equals(current)) {
                return false;
            }
            if (problem(decoded) != null) {
                return true;
            }
            current = decoded;
        }
        return false;
    }

    private static String percentDecode(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '%' && i + 2 < utf8.length && hex(utf8[i + 1]) >= 0 && hex(utf8[i + 2]) >= 0) {
                bytes.write(hex(utf8[i + 1]) * 16 + hex(utf8[i + 2]));
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        // malformed UTF-8 becomes U+FFFD, which is harmless for the checks
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
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

    /**
     * @return the part after the last dot, or {@code null} when there is no dot or that part consists of digits
     *     only ("Begehung 12.03.2024" has no extension and becomes "Begehung 12.03.2024.pdf")
     */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = name.substring(dot + 1);
        return extension.chars().allMatch(c -> c >= '0' && c <= '9') ? null : extension;
    }

    /** Control, format (bidi overrides, zero-width), unassigned, private-use, lone surrogate, line/paragraph separators. */
    private static boolean hasInvisibleCharacters(String value) {
        return value.codePoints().anyMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        });
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static int codePoints(String value) {
        return value.codePointCount(0, value.length());
    }

    private static UploadRefused refused(String message) {
        return new UploadRefused(UploadRefused.FILE_NAME, UploadRefused.BAD_REQUEST, message);
    }
}
