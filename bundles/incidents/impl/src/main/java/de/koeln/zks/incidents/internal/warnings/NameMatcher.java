package de.koeln.zks.incidents.internal.warnings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.koeln.zks.incidents.internal.warnings.PersonName.Piece;

/**
 * Decides whether a name typed before a counter appointment may denote a person in the warning register.
 *
 * <p>The asymmetry of the costs drives every rule: a missed warning can put staff in danger, a false
 * alarm costs a clerk a glance at the entry. The matcher therefore errs towards {@link Match#FUZZY},
 * but every word of the shorter name must be accounted for, so "Hans Müller" does not match
 * "Hans Schmidt". (A one-word query such as "Müller" consequently matches every Müller; that is wanted.)
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>{@link Match#EXACT} when both {@link PersonName#key()}s are equal (case, ü/ue, ß/ss, accents,
 *       hyphen/space and word order do not matter).</li>
 *   <li>{@link Match#FUZZY} when some reading of both names lets every word of the shorter reading
 *       agree with its own, distinct word of the longer one, and at least one agreement is more than
 *       an initial. Readings: the name without particles (von, van, al …, unless nothing would remain)
 *       and the name as written; in both, neighbouring words may be glued ("Al Hassan" ~ "Alhassan",
 *       "Hans Peter" ~ "Hanspeter"). A longer name may have extra words: "Hans Müller" matches
 *       "Hans-Peter Müller-Schmidt".</li>
 *   <li>{@link Match#NONE} otherwise.</li>
 * </ol>
 *
 * <p>Two words agree when
 * <ul>
 *   <li>their folds or their simple folds (ü→u) are equal, or</li>
 *   <li>they start with the same sound (interchangeable spellings such as C/K, Ph/F/V/W, Y/J merged)
 *       and sound alike by both Kölner Phonetik and Daitch–Mokotoff Soundex – or by either one when
 *       the Kölner code has at least three consonants – or</li>
 *   <li>both have at least 5 letters and differ by one typo (insertion, deletion, substitution, or
 *       swap of two neighbours).</li>
 * </ul>
 * The phonetic guards exist because each encoder alone is coarse at the start of short words:
 * Kölner Phonetik ignores vowels, H and J ("Anna", "Emma", "Jan" are all "06"; "Hans" and "Ines"
 * both "068"), Daitch–Mokotoff codes B, F, P, V and W alike ("Weber" and "Pfeiffer"). Glued words
 * (other than particle + word) must be spelled alike, because gluing makes short words long enough
 * to pass as typos ("Mehmet Kaya" vs "Mehmet Kara").
 *
 * <p>Accepted false positives, because vowels carry little weight in both encoders: "Müller"/"Möller",
 * "Maria"/"Mario", "Tim"/"Tom", "Sabine"/"Sven" (only together with an agreeing surname, of course).
 *
 * <p>Initials: a one-letter word ("J.") agrees with every word starting with that letter, but a match
 * built from initials only ("J. M." vs "Jürgen Müller") is {@link Match#NONE}: such a query would flag
 * a large part of the register and thereby make the warning meaningless; the clerk must type at least
 * one full name part.
 *
 * <p>The result is symmetric: {@code compare(a, b) == compare(b, a)}.
 */
public final class NameMatcher {

    /** Strength of a match; callers show FUZZY hits for a human decision. */
    public enum Match {
        /** Same name up to spelling conventions; the warning applies unless other data contradicts it. */
        EXACT,
        /** Plausibly the same person; the clerk must look at the entry before deciding. */
        FUZZY,
        /** Not the same name by any rule; no warning. */
        NONE
    }

    private static final byte UNKNOWN = 0;
    private static final byte DISAGREE = 1;
    private static final byte INITIAL = 2;
    private static final byte AGREE = 3;

    private static final int MIN_TYPO_LENGTH = 5;
    private static final int MIN_SINGLE_ENCODER_CONSONANTS = 3;

    private NameMatcher() {
    }

    /**
     * Compares a query with one register entry; cheap enough to be called for every entry because
     * all encoding happened when the {@link PersonName}s were built.
     */
    public static Match compare(PersonName query, PersonName entry) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(entry, "entry");
        if (query.key().equals(entry.key())) {
            return Match.EXACT;
        }
        List<Piece> qp = query.pieces();
        List<Piece> ep = entry.pieces();
        // Pieces recur across readings; remember each pair's verdict for this comparison.
        byte[][] memo = new byte[qp.size()][ep.size()];
        List<int[]> entryReadings = entry.readingsAgainst(query);
        for (int[] qv : query.readingsAgainst(entry)) {
            for (int[] ev : entryReadings) {
                if (coveredWithSubstance(qv, ev, qp, ep, memo)) {
                    return Match.FUZZY;
                }
            }
        }
        return Match.NONE;
    }

    /** True if every piece of the shorter reading agrees with a distinct piece of the longer one, not only by initials. */
    private static boolean coveredWithSubstance(int[] qv, int[] ev, List<Piece> qp, List<Piece> ep, byte[][] memo) {
        boolean queryShorter = qv.length <= ev.length;
        int rows = queryShorter ? qv.length : ev.length;
        int cols = queryShorter ? ev.length : qv.length;
        byte[][] agree = new byte[rows][cols];
        boolean anySubstantial = false;
        for (int r = 0; r < rows; r++) {
            boolean rowHasEdge = false;
            for (int c = 0; c < cols; c++) {
                int qi = queryShorter ? qv[r] : qv[c];
                int ei = queryShorter ? ev[c] : ev[r];
                byte a = memo[qi][ei];
                if (a == UNKNOWN) {
                    a = agreement(qp.get(qi), ep.get(ei));
                    memo[qi][ei] = a;
                }
                agree[r][c] = a;
                rowHasEdge |= a != DISAGREE;
                anySubstantial |= a == AGREE;
            }
            if (!rowHasEdge) {
                return false;
            }
        }
        if (!anySubstantial || !hasMatching(agree, rows, cols, -1, -1)) {
            return false;
        }
        // A complete assignment exists; it must also be possible with at least one real (non-initial) pair.
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (agree[r][c] == AGREE && hasMatching(agree, rows, cols, r, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Bipartite matching (augmenting paths) of all rows except {@code fixedRow} into columns except
     * {@code fixedCol}: polynomial, so no input can make a comparison explode.
     */
    private static boolean hasMatching(byte[][] agree, int rows, int cols, int fixedRow, int fixedCol) {
        int[] rowOfCol = new int[cols];
        Arrays.fill(rowOfCol, -1);
        for (int r = 0; r < rows; r++) {
            if (r == fixedRow) {
                continue;
            }
            if (!augment(r, agree, rowOfCol, new boolean[cols], fixedCol)) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int r, byte[][] agree, int[] rowOfCol, boolean[] seen, int fixedCol) {
        for (int c = 0; c < rowOfCol.length; c++) {
            if (c == fixedCol || seen[c] || agree[r][c] == DISAGREE) {
                continue;
            }
            seen[c] = true;
            if (rowOfCol[c] < 0 || augment(rowOfCol[c], agree, rowOfCol, seen, fixedCol)) {
                rowOfCol[c] = r;
                return true;
            }
        }
        return false;
    }

    /** Symmetric verdict for two words; see the class comment for the reasons behind each rule. */
    static byte agreement(Piece a, Piece b) {
        if (a.simple.length() == 1 || b.simple.length() == 1) {
            // Glued pieces are not abbreviated by initials; gluing only repairs spacing.
            return a.loose && b.loose && a.simple.charAt(0) == b.simple.charAt(0) ? INITIAL : DISAGREE;
        }
        if (a.folded.equals(b.folded) || a.simple.equals(b.simple)) {
            return AGREE;
        }
        if (!a.loose || !b.loose) {
            return DISAGREE;
        }
        if (a.initialSound == b.initialSound) {
            boolean cologne = intersects(a.cologne, b.cologne);
            boolean daitchMokotoff = intersects(a.daitchMokotoff, b.daitchMokotoff);
            boolean longCodes = Math.min(a.cologneWeight, b.cologneWeight) >= MIN_SINGLE_ENCODER_CONSONANTS;
            if ((cologne && daitchMokotoff) || (longCodes && (cologne || daitchMokotoff))) {
                return AGREE;
            }
        }
        if (isTypo(a.folded, b.folded) || isTypo(a.simple, b.simple)) {
            return AGREE;
        }
        return DISAGREE;
    }

    private static boolean intersects(Set<String> x, Set<String> y) {
        for (String s : x) {
            if (y.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Short words are excluded because one edit there usually yields another real name ("Ott"/"Otto", "Roth"/"Rothe"). */
    private static boolean isTypo(String x, String y) {
        return x.length() >= MIN_TYPO_LENGTH && y.length() >= MIN_TYPO_LENGTH
                && Math.abs(x.length() - y.length()) <= 1
                && editDistance(x, y) <= 1;
    }

    /**
     * Levenshtein distance extended by transposition of neighbours (optimal string alignment),
     * because swapped letters ("Schnieder") are the most common typing error and plain Levenshtein
     * would count them as two edits.
     */
    static int editDistance(String x, String y) {
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
