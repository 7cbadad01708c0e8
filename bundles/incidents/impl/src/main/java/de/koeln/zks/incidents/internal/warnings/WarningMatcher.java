package de.koeln.zks.incidents.internal.warnings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a warning entry may concern the person a clerk checks. Missing an entry is far worse than a false
 * alarm, so a match needs only a plausible name and no contradicting birth date; it is exact only when the name
 * is the same (up to spelling conventions) and the birth date or file reference confirms the identity.
 * <ul>
 * <li>An equal file reference identifies the person even under another name (a marriage, a typo).</li>
 * <li>Different birth dates rule the entry out, unless the file reference is equal or the dates differ only by
 * swapped day and month (a common slip), which counts as fuzzy.</li>
 * <li>Where one side gives no birth date (an entry known by file reference, a check by birth date), the name
 * decides and the match is fuzzy.</li>
 * </ul>
 */
public final class WarningMatcher {

    /** A person as given: name, optional birth date, optional file reference in its comparison form. */
    public record Person(PersonName name, LocalDate birthDate, String fileReferenceKey) {
    }

    private enum Birth { SAME, SWAPPED, DIFFERENT, UNKNOWN }

    private WarningMatcher() {
    }

    /**
     * @return empty when the entry cannot be the person; else whether the match is fuzzy
     */
    public static Optional<Boolean> match(Person query, Person entry) {
        NameMatcher.Match name = NameMatcher.compare(query.name(), entry.name());
        Birth birth = birth(query.birthDate(), entry.birthDate());
        boolean sameFile = query.fileReferenceKey() != null && query.fileReferenceKey().equals(entry.fileReferenceKey());
        if (sameFile) {
            return Optional.of(name != NameMatcher.Match.EXACT || birth == Birth.SWAPPED || birth == Birth.DIFFERENT);
        }
        if (birth == Birth.DIFFERENT || name == NameMatcher.Match.NONE) {
            return Optional.empty();
        }
        return Optional.of(!(name == NameMatcher.Match.EXACT && birth == Birth.SAME));
    }

    /** The birth date with day and month exchanged, if that is a different valid date. */
    public static Optional<LocalDate> swapped(LocalDate date) {
        if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Birth birth(LocalDate query, LocalDate entry) {
        if (query == null || entry == null) {
            return Birth.UNKNOWN;
        }
        if (query.equals(entry)) {
            return Birth.SAME;
        }
        return swapped(query).filter(entry::equals).isPresent() ? Birth.SWAPPED : Birth.DIFFERENT;
    }
}
