package de.koeln.zks.incidents.internal.warnings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;

/**
 * A person's name as typed by a clerk, reduced to forms that can be compared reliably.
 *
 * <p>The same person reaches the warning register under many spellings (umlaut or "ue", "ß" or "ss",
 * hyphen or space, surname first or last, with or without accents). Normalising once, at construction,
 * keeps {@link NameMatcher} simple and lets a query be compared with thousands of register entries
 * without re-normalising or re-encoding the entries each time: all phonetic codes are computed here
 * and cached.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} deliberately does not reveal the
 * name, because entries of this register are sensitive personal data and must not end up in logs.
 */
public final class PersonName {

    /**
     * Name particles that are often omitted or written differently ("Ludwig Beethoven", "Alhassan");
     * they are ignored or glued only by the fuzzy comparison, never by {@link #tokens()}.
     */
    static final Set<String> PARTICLES = Set.of(
            "von", "van", "vom", "zu", "zum", "zur", "der", "den", "de", "di", "da", "del",
            "la", "le", "ten", "ter", "al", "el", "bin", "ibn");

    /**
     * Up to this many tokens, runs of neighbouring tokens are prepared for gluing ("Hans Peter" ~
     * "Hanspeter", "Al Hassan" ~ "Alhassan"); longer names are only compared as written, which keeps
     * memory and work per comparison bounded for absurd inputs.
     */
    static final int MAX_TOKENS_FOR_GLUING = 5;

    /** Both encoders are documented as thread-safe, so one shared instance avoids per-name allocation. */
    private static final ColognePhonetic COLOGNE = new ColognePhonetic();
    private static final DaitchMokotoffSoundex DAITCH_MOKOTOFF = new DaitchMokotoffSoundex();

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final String EMPTY_DM_CODE = "000000";

    private final String folded;
    private final List<String> tokens;
    private final List<String> simpleTokens;
    private final String key;
    /**
     * Comparison units: indices {@code 0..tokens-1} are the tokens themselves, the rest are runs of
     * neighbouring tokens glued together ("hans peter" as "hanspeter"), with phonetic codes where needed.
     */
    private final List<Piece> pieces;
    /** For glued pieces (index &ge; token count): first and last token of the run. */
    private final int[] runFirst;
    private final int[] runLast;
    /** Token sequences the fuzzy comparison starts from; see {@link #baseReadings}. */
    private final List<int[]> baseReadings;
    /** Every folded and simple spelling of every piece, to find gluings the other name can use. */
    private final Set<String> spellings;

    private PersonName(String folded, List<String> tokens, List<String> simpleTokens) {
        this.folded = folded;
        this.tokens = tokens;
        this.simpleTokens = simpleTokens;
        List<String> sorted = new ArrayList<>(tokens);
        Collections.sort(sorted);
        this.key = String.join(" ", sorted);

        int n = tokens.size();
        List<Piece> pieceList = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            pieceList.add(Piece.of(tokens.get(t), simpleTokens.get(t), true));
        }
        List<int[]> runs = new ArrayList<>();
        if (n <= MAX_TOKENS_FOR_GLUING) {
            for (int first = 0; first < n; first++) {
                StringBuilder f = new StringBuilder(tokens.get(first));
                StringBuilder s = new StringBuilder(simpleTokens.get(first));
                for (int last = first + 1; last < n; last++) {
                    f.append(tokens.get(last));
                    s.append(simpleTokens.get(last));
                    runs.add(new int[] {first, last});
                    pieceList.add(Piece.of(f.toString(), s.toString(), isParticleGlue(first, last)));
                }
            }
        }
        this.pieces = List.copyOf(pieceList);
        this.runFirst = runs.stream().mapToInt(r -> r[0]).toArray();
        this.runLast = runs.stream().mapToInt(r -> r[1]).toArray();
        Set<String> sp = new HashSet<>();
        for (Piece p : pieceList) {
            sp.add(p.folded);
            sp.add(p.simple);
        }
        this.spellings = Set.copyOf(sp);
        this.baseReadings = baseReadings(tokens);
    }

    /**
     * Parses a name as typed.
     *
     * @throws IllegalArgumentException if the input is null, blank or contains no letter at all,
     *     because such an input would otherwise match nothing (or, worse, everything) silently
     */
    public static PersonName of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        String folded = fold(raw, true);
        if (folded.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("name must contain at least one letter");
        }
        String simple = fold(raw, false);
        List<String> tokens = List.of(folded.split(" "));
        List<String> simpleTokens = List.of(simple.split(" "));
        if (tokens.size() != simpleTokens.size()) {
            // Cannot happen: both folds differ only inside letters, never in separators.
            throw new IllegalStateException("token mismatch");
        }
        return new PersonName(folded, tokens, simpleTokens);
    }

    /**
     * The canonical comparison form: German transliteration (ä→ae, ß→ss), other diacritics removed,
     * lower case, separators reduced to single spaces. German rules come first so that "Müller" and
     * "Mueller" – which German registers treat as the same spelling – fold identically.
     */
    public String folded() {
        return folded;
    }

    /** The words of {@link #folded()} in typed order; order matters for gluing, not for {@link #key()}. */
    public List<String> tokens() {
        return tokens;
    }

    /**
     * Like {@link #tokens()}, but umlauts folded to their base vowel (ü→u), because clerks on foreign
     * keyboards type "Muller" for "Müller". Existing "ae/oe/ue" are left alone: rewriting them would
     * damage names such as "Michael" or "Raphael".
     */
    public List<String> simpleTokens() {
        return simpleTokens;
    }

    /** Order-insensitive identity: "Müller, Jürgen" and "Jürgen Müller" are the same entry. */
    public String key() {
        return key;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /**
     * The readings of this name worth trying against {@code other}, each a sequence of indices into
     * {@link #pieces()}. A glued run (other than a particle glue) only ever agrees with an identically
     * spelled piece, so it is used only if {@code other} has that spelling; usually no run qualifies
     * and the name is read as written, which keeps a comparison cheap without changing its result.
     */
    List<int[]> readingsAgainst(PersonName other) {
        int tokenCount = tokens.size();
        boolean[] usableRun = new boolean[pieces.size() - tokenCount];
        for (int r = 0; r < usableRun.length; r++) {
            Piece p = pieces.get(tokenCount + r);
            usableRun[r] = p.loose || other.spellings.contains(p.folded) || other.spellings.contains(p.simple);
        }
        List<int[]> readings = new ArrayList<>();
        for (int[] base : baseReadings) {
            segment(base, 0, new int[base.length], 0, usableRun, readings);
        }
        return readings;
    }

    /** Enumerates the ways to cover {@code base[from..]} with single tokens and usable runs. */
    private void segment(int[] base, int from, int[] current, int size, boolean[] usableRun, List<int[]> out) {
        if (from == base.length) {
            out.add(Arrays.copyOf(current, size));
            return;
        }
        current[size] = base[from];
        segment(base, from + 1, current, size + 1, usableRun, out);
        for (int r = 0; r < usableRun.length; r++) {
            if (!usableRun[r] || runFirst[r] != base[from]) {
                continue;
            }
            int length = runLast[r] - runFirst[r] + 1;
            // The run must appear unbroken in this reading (a dropped particle breaks it).
            if (from + length <= base.length && base[from + length - 1] == runLast[r]) {
                current[size] = tokens.size() + r;
                segment(base, from + length, current, size + 1, usableRun, out);
            }
        }
    }

    /**
     * The token sequences the fuzzy comparison starts from: the name without particles (the clerk
     * omitted "van"), and the name as written (so that a particle can be glued: "Al Hassan" ~ "Alhassan").
     */
    private static List<int[]> baseReadings(List<String> tokens) {
        int[] all = new int[tokens.size()];
        int[] withoutParticles = new int[tokens.size()];
        int kept = 0;
        for (int i = 0; i < tokens.size(); i++) {
            all[i] = i;
            if (!PARTICLES.contains(tokens.get(i))) {
                withoutParticles[kept++] = i;
            }
        }
        if (kept == 0 || kept == all.length) {
            return List.of(all);
        }
        return List.of(Arrays.copyOf(withoutParticles, kept), all);
    }

    /** A run like "al hassan" or "von der heide": particles in front of one real word. */
    private boolean isParticleGlue(int first, int last) {
        for (int t = first; t < last; t++) {
            if (!PARTICLES.contains(tokens.get(t))) {
                return false;
            }
        }
        return !PARTICLES.contains(tokens.get(last));
    }

    /**
     * Folds a name; {@code expandUmlauts} chooses between the German "ue" and the plain "u" reading.
     * NFKC runs first so that decomposed umlauts ("u" + U+0308) and compatibility characters are
     * composed before the German rules look for them.
     */
    static String fold(String raw, boolean expandUmlauts) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Lower-casing can produce decomposed sequences (e.g. "İ" -> "i" + U+0307); recompose.
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> transliterate(cp, expandUmlauts, sb));
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(sb, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        boolean pendingSpace = false;
        for (int i = 0; i < stripped.length(); ) {
            int cp = stripped.codePointAt(i);
            i += Character.charCount(cp);
            // Hyphens, apostrophes, commas, dots, slashes, underscores – and any other punctuation –
            // only separate words in a name; they are not part of its identity.
            if (!Character.isLetterOrDigit(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * German letters and letters that NFD cannot decompose (ł, ø, æ …) need explicit rules;
     * everything else is left for the generic diacritic stripping.
     */
    private static void transliterate(int cp, boolean expandUmlauts, StringBuilder out) {
        switch (cp) {
            case 'ä':
                out.append(expandUmlauts ? "ae" : "a");
                break;
            case 'ö':
                out.append(expandUmlauts ? "oe" : "o");
                break;
            case 'ü':
                out.append(expandUmlauts ? "ue" : "u");
                break;
            case 'ß':
            case 'ẞ': // normally lower-cased to ß already; kept for robustness
                out.append("ss");
                break;
            case 'ł':
                out.append('l');
                break;
            case 'đ':
            case 'ð':
                out.append('d');
                break;
            case 'ø':
                out.append('o');
                break;
            case 'æ':
                out.append("ae");
                break;
            case 'œ':
                out.append("oe");
                break;
            case 'þ':
                out.append("th");
                break;
            case 'ı':
                out.append('i');
                break;
            default:
                out.appendCodePoint(cp);
        }
    }

    /** Equality on the folded form: two spellings that fold identically are the same name. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PersonName && ((PersonName) o).folded.equals(folded));
    }

    @Override
    public int hashCode() {
        return folded.hashCode();
    }

    /** Masked on purpose: names in this register are sensitive and must not leak into logs. */
    @Override
    public String toString() {
        return "PersonName[" + tokens.size() + " token(s)]";
    }

    /**
     * One comparison unit with its phonetic codes computed once. Codes are taken from both folds
     * because the encoders drop letters they do not know (e.g. "ř", "Ł"); feeding them the folded
     * ASCII form avoids that.
     */
    static final class Piece {
        final String folded;
        final String simple;
        final Set<String> cologne;
        final Set<String> daitchMokotoff;
        /** Number of consonant digits in the Kölner code: how much evidence a phonetic hit carries. */
        final int cologneWeight;
        /**
         * Whether sound-alike and typo rules may apply. Not for arbitrary glued words: gluing makes
         * short words long, and "mehmetkaya"/"mehmetkara" would pass as a typo although "Kaya" and
         * "Kara" are different names. Gluing only repairs spacing, so such pieces must be spelled alike.
         */
        final boolean loose;
        /** See {@link #initialSound(String)}. */
        final char initialSound;

        private Piece(String folded, String simple, Set<String> cologne, Set<String> daitchMokotoff, int weight,
                boolean loose) {
            this.folded = folded;
            this.simple = simple;
            this.cologne = cologne;
            this.daitchMokotoff = daitchMokotoff;
            this.cologneWeight = weight;
            this.loose = loose;
            this.initialSound = initialSound(folded);
        }

        /**
         * The first sound, with spellings that German clerks and transliterations use interchangeably
         * merged (Carl/Karl, Philipp/Filip, Vladimir/Wladimir, Yusuf/Jussuf). Both encoders ignore
         * too much at the start of a word (vowels, H, J; B/F/P/V/W in Daitch–Mokotoff) to be trusted
         * alone: "Hans"/"Ines", "Weber"/"Pfeiffer" or "Anna"/"Emma" would otherwise sound alike.
         */
        static char initialSound(String folded) {
            char first = folded.charAt(0);
            char second = folded.length() > 1 ? folded.charAt(1) : ' ';
            switch (first) {
                case 'p':
                    return second == 'h' ? 'f' : 'p';
                case 'v':
                case 'w':
                    return 'f';
                case 'y':
                    return 'j';
                case 'q':
                    return 'k';
                case 'c':
                    // German reading: C before e, i, y, ä, ö sounds like Z ("Cäcilie", "Cem"), else like K.
                    boolean soft = "eiy".indexOf(second) >= 0 || folded.startsWith("cae") || folded.startsWith("coe");
                    return soft ? 'z' : 'k';
                default:
                    return first;
            }
        }

        static Piece of(String folded, String simple, boolean loose) {
            Set<String> cologne = new LinkedHashSet<>();
            Set<String> dm = new LinkedHashSet<>();
            int weight = 0;
            // Glued pieces are compared by spelling only, so encoding them would be wasted work.
            Set<String> forms = loose ? new LinkedHashSet<>(Arrays.asList(folded, simple)) : Set.of();
            for (String form : forms) {
                String c = COLOGNE.colognePhonetic(form);
                if (c != null && !c.isEmpty()) {
                    cologne.add(c);
                    weight = Math.max(weight, (int) c.chars().filter(ch -> ch != '0').count());
                }
                String codes = DAITCH_MOKOTOFF.soundex(form);
                if (codes != null) {
                    for (String code : codes.split("\\|")) {
                        if (!code.isEmpty() && !EMPTY_DM_CODE.equals(code)) {
                            dm.add(code);
                        }
                    }
                }
            }
            return new Piece(folded, simple, Set.copyOf(cologne), Set.copyOf(dm), weight, loose);
        }
    }
}
