package de.koeln.zks.benchmarks.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import de.koeln.zks.benchmarks.ScenarioResult;
import de.koeln.zks.benchmarks.Targets;

class OverdueMeasuresTest {

    @Test
    void optionsHaveDefaultsAndNameTheirErrors() {
        OverdueOptions o = OverdueOptions.parse(new String[0], Map.of("ZKS_ADMIN_PASSWORD", "secret"));
        assertThat(o.measures()).isEqualTo(50_000);
        assertThat(o.workers()).isEqualTo(8);
        assertThat(o.units()).isEqualTo(40);
        assertThat(o.duePercent()).isEqualTo(30);
        assertThat(o.password()).contains("secret");
        assertThat(OverdueOptions.parse(new String[] {"--measures=1_000", "--password=x"}, Map.of()).measures()).isEqualTo(1000);
        assertThatThrownBy(() -> OverdueOptions.parse(new String[] {"--due-percent=0"}, Map.of()))
            .hasMessageContaining("--due-percent");
        assertThatThrownBy(() -> OverdueOptions.parse(new String[] {"--workers=x"}, Map.of())).hasMessageContaining("--workers");
        assertThatThrownBy(() -> OverdueOptions.parse(new String[] {"--pages=3"}, Map.of())).hasMessageContaining("--pages");
    }

    @Test
    void withoutPasswordOrWithBadArgumentsItStopsWithStatus2() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        assertThat(OverdueMeasures.run(new String[0], Map.of(), out)).isEqualTo(2);
        assertThat(OverdueMeasures.run(new String[] {"--measures=-1"}, Map.of(), out)).isEqualTo(2);
        assertThat(OverdueMeasures.run(new String[] {"--help"}, Map.of(), out)).isZero();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("ZKS_ADMIN_PASSWORD", "usage: benchmarks/inspections.sh");
    }

    @Test
    void theCutOffIsTheFirstDateByWhichEnoughAreDue() {
        LocalDate today = LocalDate.parse("2027-01-01");
        // one measure due each day from today on: n are due before today + n
        assertThat(OverdueMeasures.cutOff(today, 219, d -> d.toEpochDay() - today.toEpochDay()))
            .isEqualTo(today.plusDays(219));
        assertThat(OverdueMeasures.cutOff(today, 0, d -> 5)).isEqualTo(today);
        assertThat(OverdueMeasures.cutOff(today, 10, d -> 3)).as("never enough: ten years on").isEqualTo(today.plusYears(10));
    }

    @Test
    void seedingPlansEnoughInspectionsAndSpreadsUnits() {
        assertThat(MeasureSeeder.inspectionsFor(50_000, 44, 4)).isEqualTo(285);
        assertThat(MeasureSeeder.inspectionsFor(176, 44, 4)).isEqualTo(1);
        assertThat(MeasureSeeder.units(40)).hasSize(40).startsWith("Benchmark-Einheit 01").endsWith("Benchmark-Einheit 40");
    }

    @Test
    void eachScenarioIsCheckedAgainstTheP99Target() {
        assertThat(OverdueMeasures.check(result(20_000), 50_000).verdict()).isEqualTo(Targets.Verdict.PASS);
        assertThat(OverdueMeasures.check(result(60_000), 50_000).verdict()).isEqualTo(Targets.Verdict.FAIL);
        assertThat(OverdueMeasures.check(result(20_000), 10_000).verdict()).isEqualTo(Targets.Verdict.NOT_APPLICABLE);
        assertThat(OverdueMeasures.check(result(60_000), 10_000).verdict()).isEqualTo(Targets.Verdict.FAIL);
    }

    private static ScenarioResult result(long micros) {
        Histogram h = new Histogram(3_600_000_000L, 3);
        for (int i = 0; i < 100; i++) {
            h.recordValue(micros);
        }
        return new ScenarioResult("due-before", 100, new TreeMap<>(), 0, 10, h);
    }
}
