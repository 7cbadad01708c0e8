package de.koeln.zks.inspections.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.inspections.api.AnswerResult;
import de.koeln.zks.inspections.api.RiskRating;

class FindingsTest {
    static final List<Findings.Item> ITEMS = List.of(new Findings.Item("escape", 0), new Findings.Item("alarm", 1),
        new Findings.Item("retreat-room", 3));

    @Test
    void requiredItemsDependOnTheWorkplaceLevel() {
        assertThat(Findings.unanswered(ITEMS, Map.of(), 1)).containsExactly("escape", "alarm");
        assertThat(Findings.unanswered(ITEMS, Map.of(), 3)).containsExactly("escape", "alarm", "retreat-room");
        assertThat(Findings.unanswered(ITEMS, Map.of("escape", new Findings.Given(AnswerResult.OK, null)), 0)).isEmpty();
    }

    @Test
    void deficientItemsBecomeFindingsRatedByLevel() {
        Map<String, Findings.Given> given = Map.of(
            "escape", new Findings.Given(AnswerResult.DEFICIENT, "Tür verstellt"),
            "alarm", new Findings.Given(AnswerResult.OK, null),
            "retreat-room", new Findings.Given(AnswerResult.DEFICIENT, null));
        assertThat(Findings.derive(ITEMS, given, 2)).containsExactly(
            new Findings.Derived("escape", "Tür verstellt", RiskRating.HIGH),
            new Findings.Derived("retreat-room", null, RiskRating.LOW));
        assertThat(Findings.rating(0, 1)).isEqualTo(RiskRating.MEDIUM);
        assertThat(Findings.derive(ITEMS, Map.of("alarm", new Findings.Given(AnswerResult.NOT_APPLICABLE, null)), 3)).isEmpty();
    }
}
