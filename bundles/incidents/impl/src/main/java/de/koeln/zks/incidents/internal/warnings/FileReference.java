package de.koeln.zks.incidents.internal.warnings;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical form of a file reference ("Aktenzeichen").
 *
 * <p>Clerks type the same reference with varying spacing, separators and case ("az 12/345-B",
 * "AZ12345b"); a lookup must not fail on that, so every spelling is reduced to one comparable key.
 */
public final class FileReference {

    private FileReference() {
    }

    /**
     * Reduces a typed file reference to its comparison key.
     *
     * <p>NFKC comes first so that full-width digits/letters and compatibility characters pasted from
     * other systems compare equal to their plain forms before separators are removed.
     *
     * @param raw the reference as typed; may be {@code null}
     * @return the key (upper case, without separators), or {@code null} if nothing meaningful is left,
     *     so callers cannot accidentally match two "empty" references
     */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(raw.trim(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isSeparator(cp)).forEach(out::appendCodePoint);
        return out.length() == 0 ? null : out.toString();
    }

    /** Separators carry no meaning in a reference; Unicode dashes arrive via copy and paste from Word. */
    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.DASH_PUNCTUATION
                || cp == '\u2212' // minus sign
                || cp == '/' || cp == '\\' || cp == '\u2215' // division slash
                || cp == '.' || cp == '_';
    }
}
