package de.koeln.zks.benchmarks.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BurstCheckTest {

    static List<BurstCheck.Answer> burst(int confirmed, int... positions) {
        List<BurstCheck.Answer> answers = new ArrayList<>();
        for (int i = 0; i < confirmed; i++) {
            answers.add(new BurstCheck.Answer(201, "CONFIRMED", null));
        }
        for (int p : positions) {
            answers.add(new BurstCheck.Answer(201, "WAITLISTED", p));
        }
        return answers;
    }

    @Test
    void aConsistentBurstHasNoProblems() {
        assertThat(BurstCheck.problems(burst(2, 3, 1, 2), 2)).isEmpty();
        assertThat(BurstCheck.problems(burst(1), 5)).isEmpty();
    }

    @Test
    void overbookingDoubleOrMissingPositionsAndFailuresAreProblems() {
        assertThat(BurstCheck.problems(burst(3, 1), 2)).singleElement().asString().contains("3 seats confirmed");
        assertThat(BurstCheck.problems(burst(2, 1, 1), 2)).singleElement().asString().contains("1..2");
        assertThat(BurstCheck.problems(burst(2, 1, 3), 2)).isNotEmpty();
        List<BurstCheck.Answer> failed = burst(2, 1);
        failed.add(new BurstCheck.Answer(500, null, null));
        assertThat(BurstCheck.problems(failed, 2)).singleElement().asString().contains("not answered with 201");
    }

    @Test
    void optionsHaveDefaultsAndNameTheirErrors() {
        BurstOptions o = BurstOptions.parse(new String[0], Map.of("ZKS_ADMIN_PASSWORD", "secret"));
        assertThat(o.registrants()).isEqualTo(500);
        assertThat(o.password()).contains("secret");
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"--capacity=0"}, Map.of()))
            .hasMessageContaining("--capacity");
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"--rounds=x"}, Map.of())).hasMessageContaining("--rounds");
    }
}
