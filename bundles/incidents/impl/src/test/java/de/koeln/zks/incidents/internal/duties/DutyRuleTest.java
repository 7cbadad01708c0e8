package de.koeln.zks.incidents.internal.duties;

import de.koeln.zks.incidents.api.DutyOwner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutyRuleTest {

    private static final LocalDateTime T = LocalDateTime.of(2025, 1, 31, 10, 0);

    private static DutyRule rule(String code, String due, String remindBefore, String doneWhen) {
        return new DutyRule(code, 1, "Titel", null, Condition.parse("level>=2"), DutyOwner.REPORTER, due,
                DueFrom.OCCURRED, doneWhen, remindBefore);
    }

    @ParameterizedTest(name = "{0} after 2025-01-31T10:00 is {1}")
    @CsvSource({
            "PT1H, 2025-01-31T11:00", "PT48H, 2025-02-02T10:00", "P3D, 2025-02-03T10:00",
            "P2W, 2025-02-14T10:00", "P1M, 2025-02-28T10:00", "P3M, 2025-04-30T10:00",
            "P1Y, 2026-01-31T10:00", "P1MT12H, 2025-02-28T22:00", "P1DT2H30M, 2025-02-01T12:30",
            "pt30m, 2025-01-31T10:30", "PT0S, 2025-01-31T10:00"
    })
    void durationsAndPeriods(String due, LocalDateTime expected) {
        assertThat(rule("x", due, null, null).dueAt(T, null)).isEqualTo(expected);
    }

    @Test
    void remindAtIsRemindBeforeBeforeDue() {
        assertThat(rule("x", "P3M", "P14D", null).remindAt(T, null)).isEqualTo(LocalDateTime.of(2025, 4, 16, 10, 0));
        assertThat(rule("x", "PT48H", "PT6H", null).remindAt(T, null)).isEqualTo(LocalDateTime.of(2025, 2, 2, 4, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3 days", "P", "PT", "P3X", "1H", "-P1D", "P-1D", "PT-1H"})
    void rejectsBadDue(String due) {
        assertThatThrownBy(() -> rule("x", due, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("duty x: due ");
    }

    @Test
    void rejectsBadParts() {
        assertThatThrownBy(() -> rule("Bad", "P1D", null, null)).hasMessageContaining("invalid code 'Bad'");
        assertThatThrownBy(() -> rule("a".repeat(41), "P1D", null, null)).hasMessageContaining("invalid code");
        assertThatThrownBy(() -> rule("1a", "P1D", null, null)).hasMessageContaining("invalid code");
        assertThatThrownBy(() -> rule("x", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule("x", "P1D", "PT0S", null)).hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> rule("x", "P1D", "soon", null)).hasMessageContaining("remindBefore");
        assertThatThrownBy(() -> rule("x", "P1D", null, "level")).hasMessageContaining("unknown flag 'level'");
        assertThatThrownBy(() -> new DutyRule("x", 1, " ", null, Condition.parse("level>=2"), DutyOwner.REPORTER,
                "P1D", DueFrom.OCCURRED, null, null)).hasMessageContaining("title");
        assertThatThrownBy(() -> new DutyRule("x", 1, "T", null, null, DutyOwner.REPORTER, "P1D", DueFrom.OCCURRED,
                null, null)).isInstanceOf(NullPointerException.class);
        assertThat(rule("a".repeat(40), "P1D", null, null).code()).hasSize(40);
        assertThat(rule("a-1", "P1D", null, null).code()).isEqualTo("a-1");
    }

    @Test
    void appliesToUsesTheCondition() {
        DutyRule r = rule("x", "P1D", null, null);
        assertThat(r.appliesTo(ConditionTest.level(2))).isTrue();
        assertThat(r.appliesTo(ConditionTest.level(1))).isFalse();
        assertThat(r.appliesTo(ConditionTest.level(null))).isFalse();
    }

    @Test
    void equalWhenConditionsAreEquivalentInForm() {
        DutyRule a = new DutyRule("x", 1, "T", null, Condition.parse("level >= 2"), DutyOwner.REPORTER, "P1D",
                DueFrom.OCCURRED, null, null);
        DutyRule b = new DutyRule("x", 1, "T", null, Condition.parse("level>=2"), DutyOwner.REPORTER, "P1D",
                DueFrom.OCCURRED, null, null);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
