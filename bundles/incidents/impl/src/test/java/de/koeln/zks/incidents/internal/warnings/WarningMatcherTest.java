package de.koeln.zks.incidents.internal.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.internal.warnings.WarningMatcher.Person;

/** Identity beyond the name: birth dates and file references confirm, contradict or leave it open. */
class WarningMatcherTest {
    static final LocalDate BIRTH = LocalDate.parse("1980-02-03");

    static Person person(String name, String birth, String file) {
        return new Person(PersonName.of(name), birth == null ? null : LocalDate.parse(birth),
            file == null ? null : FileReference.normalise(file));
    }

    static Optional<Boolean> match(Person query, Person entry) {
        return WarningMatcher.match(query, entry);
    }

    @Test
    void sameNameAndBirthDateIsExact() {
        assertThat(match(person("Juergen Mueller", "1980-02-03", null), person("Jürgen Müller", "1980-02-03", null)))
            .contains(false);
    }

    @Test
    void aDifferentBirthDateRulesTheEntryOutUnlessTheFileReferenceIsTheSame() {
        assertThat(match(person("Jürgen Müller", "1981-02-03", null), person("Jürgen Müller", "1980-02-03", null))).isEmpty();
        assertThat(match(person("Jürgen Müller", "1981-02-03", "AZ 1/2"), person("Jürgen Müller", "1980-02-03", "az1-2")))
            .contains(true);
    }

    @Test
    void swappedDayAndMonthMatchFuzzily() {
        assertThat(match(person("Jürgen Müller", "1980-03-02", null), person("Jürgen Müller", "1980-02-03", null)))
            .contains(true);
        assertThat(WarningMatcher.swapped(LocalDate.parse("1980-02-13"))).isEmpty();
        assertThat(WarningMatcher.swapped(LocalDate.parse("1980-05-05"))).isEmpty();
        assertThat(WarningMatcher.swapped(LocalDate.parse("1980-02-03"))).contains(LocalDate.parse("1980-03-02"));
    }

    @Test
    void withoutABirthDateOnOneSideTheNameDecidesAndTheMatchIsFuzzy() {
        assertThat(match(person("Jürgen Müller", "1980-02-03", null), person("Jürgen Müller", null, "AZ 7"))).contains(true);
        assertThat(match(person("Peter Schmidt", "1980-02-03", null), person("Jürgen Müller", null, "AZ 7"))).isEmpty();
    }

    @Test
    void theSameFileReferenceFindsARenamedPersonFuzzily() {
        assertThat(match(person("Jana Schulz", null, "32-1/2026/0815"), person("Jana Meier", "1990-01-01", "32-1 2026 0815")))
            .contains(true);
        assertThat(match(person("Jana Meier", "1990-01-01", "32-1/2026/0815"), person("Jana Meier", "1990-01-01", "32-1 2026 0815")))
            .contains(false);
    }
}
