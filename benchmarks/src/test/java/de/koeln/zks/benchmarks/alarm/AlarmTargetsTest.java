package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import de.koeln.zks.benchmarks.Targets.Check;
import de.koeln.zks.benchmarks.Targets.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class AlarmTargetsTest {

    static PhaseResult phase(String name, int subscribers, long alarms, long missed, long duplicates,
                             double latencyMs) {
        Histogram h = Latencies.newHistogram();
        long expected = alarms * subscribers;
        if (expected - missed > 0) {
            h.recordValueWithCount(Math.round(latencyMs * 1000), expected - missed);
        }
        return new PhaseResult(name, alarms, subscribers, expected, expected - missed, duplicates, 0, h);
    }

    static final Drain DRAINED = new Drain(0, OptionalLong.of(0), Duration.ofMillis(1500), true);

    private static Check check(List<Check> checks, String prefix) {
        return checks.stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void allTargetsMetAtFullLoad() {
        List<Check> checks = AlarmTargets.evaluate(phase("live", 1000, 300, 0, 0, 20),
                phase("reconnect", 1000, 80, 0, 0, 30), DRAINED, 10, new Problems(), null);
        assertThat(checks).extracting(Check::verdict).containsOnly(Verdict.PASS);
        assertThat(check(checks, "delivery p99").value()).startsWith("20.0").endsWith(" ms");
        assertThat(check(checks, "missed deliveries (live)").value()).isEqualTo("0 of 300,000");
        assertThat(check(checks, "open streams").value()).isEqualTo("0 after 1.5 s");
    }

    @Test
    void latencyLimitIsExclusiveAndLightLoadIsNotAPass() {
        List<Check> slow = AlarmTargets.evaluate(phase("live", 1000, 300, 0, 0, 100),
                phase("reconnect", 1000, 80, 0, 0, 1), DRAINED, 10, new Problems(), null);
        assertThat(check(slow, "delivery p99").verdict()).isEqualTo(Verdict.FAIL);

        List<Check> light = AlarmTargets.evaluate(phase("live", 999, 300, 0, 0, 5),
                phase("reconnect", 999, 80, 0, 0, 1), DRAINED, 10, new Problems(), null);
        assertThat(check(light, "delivery p99").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(check(light, "delivery p99").note()).contains("999 subscribers");

        List<Check> slowRate = AlarmTargets.evaluate(phase("live", 1000, 300, 0, 0, 5),
                phase("reconnect", 1000, 80, 0, 0, 1), DRAINED, 9.5, new Problems(), null);
        assertThat(check(slowRate, "delivery p99").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(check(slowRate, "delivery p99").note()).contains("9.50 alarms/s");
    }

    @Test
    void missedDuplicatesAndLeaksFail() {
        Problems problems = new Problems();
        problems.add("trigger HTTP 500", "boom");
        Drain leaking = new Drain(0, OptionalLong.of(3), Duration.ofSeconds(60), false);
        List<Check> checks = AlarmTargets.evaluate(phase("live", 1000, 300, 5, 0, 20),
                phase("reconnect", 1000, 80, 0, 2, 30), leaking, 10, problems, null);
        assertThat(check(checks, "missed deliveries (live)").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(check(checks, "missed deliveries (live)").value()).isEqualTo("5 of 300,000");
        assertThat(check(checks, "missed deliveries (reconnect)").verdict()).isEqualTo(Verdict.PASS);
        assertThat(check(checks, "duplicate").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(check(checks, "duplicate").value()).isEqualTo("0 + 2");
        assertThat(check(checks, "open streams").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(check(checks, "open streams").value()).isEqualTo("3 after 60.0 s");
        assertThat(check(checks, "delivery p99").note()).contains("5 missed", "1 trigger problems");
        List<Check> busy = AlarmTargets.evaluate(phase("live", 1000, 300, 0, 0, 20),
                phase("reconnect", 1000, 80, 0, 0, 30), DRAINED, 10, new Problems(),
                new CpuUsage.Sample(1.2, 0.93, 2));
        assertThat(check(busy, "delivery p99").note()).contains("machine CPU-bound (93 %)");
        assertThat(new CpuUsage.Sample(1.2, 0.93, 2).describe())
                .isEqualTo("driver 1.20 of 2 cores, whole machine 93 %");
    }

    @Test
    void nothingRaisedOrMeasuredFails() {
        List<Check> checks = AlarmTargets.evaluate(phase("live", 1000, 0, 0, 0, 1),
                phase("reconnect", 1000, 0, 0, 0, 1),
                new Drain(0, OptionalLong.empty(), Duration.ofSeconds(60), false), 10, new Problems(), null);
        assertThat(checks).filteredOn(c -> !c.name().startsWith("duplicate")).extracting(Check::verdict)
                .containsOnly(Verdict.FAIL);
        assertThat(check(checks, "delivery p99").note()).isEqualTo("no delivery measured");
        assertThat(check(checks, "open streams").note()).contains("could not be read");
        assertThat(check(checks, "missed deliveries (live)").note()).contains("no alarm was raised");
    }

    @Test
    void reportRendersConsoleAndMarkdown() {
        PhaseResult live = phase("live", 20, 24, 0, 0, 3);
        PhaseResult reconnect = phase("reconnect", 20, 30, 2, 1, 4);
        Problems problems = new Problems();
        problems.add("close HTTP 404", "POST /api/alarm/alarms/7/close -> HTTP 404: {\"title\":\"Not Found\"}");
        Deliveries.Replay replay = new Deliveries.Replay(300, 300, 20, Latencies.newHistogram());
        List<Check> checks = AlarmTargets.evaluate(live, reconnect, DRAINED, 40, problems, null);

        assertThat(AlarmReport.header()).startsWith("phase").contains("subscribers", "missed", "p99 ms");
        assertThat(AlarmReport.line(live)).startsWith("live").contains(" 24 ", " 480 ", "3.00");
        assertThat(AlarmReport.line(reconnect)).contains(" 598 ", " 2 ", " 1 ");
        assertThat(AlarmReport.problems(problems)).containsExactly("problems: close HTTP 404×1",
                "    close HTTP 404: POST /api/alarm/alarms/7/close -> HTTP 404: {\"title\":\"Not Found\"}");
        String md = AlarmReport.markdown("Measured here.", List.of(live, reconnect), replay, DRAINED, problems,
                checks);
        assertThat(md).startsWith("Measured here.\n\n")
                .contains("| Phase | Alarms | Subscribers | Expected | Received | Missed | Duplicates |")
                .contains("| live | 24 | 20 | 480 | 480 | 0 | 0 | 3.00 | 3.00 | 3.00 |")
                .contains("| reconnect | 30 | 20 | 600 | 598 | 2 | 1 |")
                .contains("Replay: 300 of 300", "Open streams after closing all: 0 after 1.5 s",
                        "Problems: close HTTP 404×1")
                .contains("| missed deliveries (reconnect) | 2 of 600 | 0 | **FAIL** |")
                .contains("| N/A |");
    }
}
