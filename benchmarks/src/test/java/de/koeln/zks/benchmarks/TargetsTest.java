package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TargetsTest {

    /** A result of {@code rps} successful requests per second over 10 s, all with the given latency. */
    static ScenarioResult result(String name, double rps, double latencyMs, long errors) {
        Histogram h = ScenarioRunner.newHistogram();
        long ok = Math.round(rps * 10);
        h.recordValueWithCount(Math.round(latencyMs * 1000), Math.max(ok, 1));
        TreeMap<String, Long> e = new TreeMap<>();
        if (errors > 0) {
            e.put("HTTP 500", errors);
        }
        if (ok == 0) {
            h.reset();
        }
        return new ScenarioResult(name, ok + errors, e, 0, 10.0, h);
    }

    private static Targets.Check check(List<Targets.Check> checks, String prefix) {
        return checks.stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void allTargetsMet() {
        List<Targets.Check> checks = Targets.evaluate(Map.of(
                "trivial", result("trivial", 10_000, 1, 0),
                "trivial-auth", result("trivial-auth", 8_500, 1, 0),
                "post", result("post", 2_500, 5, 0),
                "get-filtered", result("get-filtered", 300, 20, 0)), OptionalLong.of(100_000));
        assertThat(checks).extracting(Targets.Check::verdict).containsOnly(Targets.Verdict.PASS);
        assertThat(check(checks, "post").value()).isEqualTo("0.250");
        assertThat(check(checks, "auth").value()).isEqualTo("0.150");
        // HdrHistogram reports the highest value equivalent to the recorded one (3 significant digits)
        assertThat(check(checks, "get-filtered").value()).startsWith("20.0").endsWith(" ms");
    }

    @Test
    void thresholdsAreInclusiveOrExclusiveAsSpecified() {
        List<Targets.Check> atLimit = Targets.evaluate(Map.of(
                "trivial", result("trivial", 1000, 1, 0),
                "trivial-auth", result("trivial-auth", 800, 1, 0),
                "post", result("post", 200, 1, 0),
                "get-filtered", result("get-filtered", 10, 50, 0)), OptionalLong.of(200_000));
        assertThat(check(atLimit, "post").verdict()).isEqualTo(Targets.Verdict.PASS);          // 0.20 >= 0.20
        assertThat(check(atLimit, "auth").verdict()).isEqualTo(Targets.Verdict.FAIL);          // 0.20 is not < 0.20
        assertThat(check(atLimit, "get-filtered").verdict()).isEqualTo(Targets.Verdict.FAIL);  // 50 ms not < 50
    }

    /** The three scenarios the ratios need, at these rates, without get-filtered. */
    private static List<Targets.Check> ratesOnly(double trivial, double trivialAuth, double post) {
        return Targets.evaluate(Map.of(
                "trivial", result("trivial", trivial, 1, 0),
                "trivial-auth", result("trivial-auth", trivialAuth, 1, 0),
                "post", result("post", post, 1, 0)), OptionalLong.empty());
    }

    @Test
    void slowPostAndExpensiveAuthFail() {
        List<Targets.Check> checks = ratesOnly(10_000, 5_000, 1_000);
        assertThat(check(checks, "post").verdict()).isEqualTo(Targets.Verdict.FAIL);
        assertThat(check(checks, "post").value()).isEqualTo("0.100");
        assertThat(check(checks, "auth").verdict()).isEqualTo(Targets.Verdict.FAIL);
        assertThat(check(checks, "auth").value()).isEqualTo("0.500");
        assertThat(check(checks, "get-filtered").verdict()).isEqualTo(Targets.Verdict.NOT_APPLICABLE);
    }

    @Test
    void aRatioIsShownAsItWasComparedNotRoundedTwice() {
        List<Targets.Check> checks = ratesOnly(7_589.3, 7_263.9, 718.2);
        assertThat(check(checks, "post").value()).isEqualTo("0.095");
        assertThat(check(checks, "auth").value()).isEqualTo("0.043");
    }

    @Test
    void missingScenariosAreNotApplicable() {
        List<Targets.Check> checks = Targets.evaluate(Map.of("post", result("post", 100, 1, 0)),
                OptionalLong.empty());
        assertThat(checks).extracting(Targets.Check::verdict).containsOnly(Targets.Verdict.NOT_APPLICABLE);
        assertThat(checks).hasSize(3);
    }

    @Test
    void fastSearchOnTooFewIncidentsIsNotAPass() {
        List<Targets.Check> checks = Targets.evaluate(Map.of("get-filtered", result("get-filtered", 10, 3, 0)),
                OptionalLong.of(99_999));
        assertThat(check(checks, "get-filtered").verdict()).isEqualTo(Targets.Verdict.NOT_APPLICABLE);
        assertThat(check(checks, "get-filtered").note()).contains("99,999 stored", "too few");
    }

    @Test
    void scenarioWithoutSuccessFailsAndErrorsAreNoted() {
        List<Targets.Check> checks = Targets.evaluate(Map.of(
                "trivial", result("trivial", 1000, 1, 3),
                "trivial-auth", result("trivial-auth", 0, 1, 500),
                "post", result("post", 900, 1, 0),
                "get-filtered", result("get-filtered", 0, 1, 20)), OptionalLong.of(150_000));
        assertThat(check(checks, "auth").verdict()).isEqualTo(Targets.Verdict.FAIL);
        assertThat(check(checks, "auth").note()).contains("no successful request");
        assertThat(check(checks, "get-filtered").verdict()).isEqualTo(Targets.Verdict.FAIL);
        assertThat(check(checks, "post").verdict()).isEqualTo(Targets.Verdict.PASS);
        assertThat(check(checks, "post").note()).contains("trivial had 3 errors");
    }

    @Test
    void reportRendersConsoleAndMarkdown() {
        ScenarioResult r = result("post", 250, 4, 2);
        List<Targets.Check> checks = Targets.evaluate(Map.of("post", r), OptionalLong.empty());
        assertThat(Report.line(r)).startsWith("post").contains("2502", "250.0", "4.00", "HTTP 500×2");
        String md = Report.markdown("Measured somewhere.", List.of(r), checks);
        assertThat(md).startsWith("Measured somewhere.")
                .contains("| Scenario | Requests | Errors | req/s | p50 ms | p90 ms | p99 ms | max ms |")
                .contains("| post | 2502 | 2 (HTTP 500×2) | 250.0 | 4.00 | 4.00 | 4.00 | 4.00 |")
                .contains("| Target | Value | Required | Result | Note |")
                .contains("| N/A |");
    }
}
