package de.koeln.zks.benchmarks.alarm;

import de.koeln.zks.benchmarks.Targets.Check;
import de.koeln.zks.benchmarks.Targets.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The silent-alarm targets: delivery latency, no missed and no duplicate deliveries, no leaked streams. */
final class AlarmTargets {

    static final double MAX_P99_MS = 100.0;
    static final int MIN_SUBSCRIBERS = 1000;
    static final double MIN_RATE = 10.0;

    private AlarmTargets() { }

    /** @param liveCpu CPU use during the live phase, or null when unknown */
    static List<Check> evaluate(PhaseResult live, PhaseResult reconnect, Drain drain, double rate,
                                Problems problems, CpuUsage.Sample liveCpu) {
        List<Check> checks = new ArrayList<>();
        checks.add(latency(live, rate, problems, liveCpu));
        checks.add(missed(live));
        checks.add(missed(reconnect));
        checks.add(duplicates(live, reconnect));
        checks.add(drained(drain));
        return checks;
    }

    private static Check latency(PhaseResult live, double rate, Problems problems, CpuUsage.Sample cpu) {
        String name = "delivery p99 (live)";
        String target = String.format(Locale.ROOT, "< %.0f ms at ≥ %,d subscribers, ≥ %.0f alarms/s", MAX_P99_MS,
                MIN_SUBSCRIBERS, MIN_RATE);
        if (live.samples() == 0) {
            return new Check(name, "-", target, Verdict.FAIL, "no delivery measured");
        }
        double p99 = live.percentileMillis(99);
        String value = String.format(Locale.ROOT, "%.2f ms", p99);
        String note = "";
        if (live.missed() > 0) {
            note = join(note, String.format(Locale.ROOT, "%,d missed", live.missed()));
        }
        long triggerProblems = problems.count("trigger");
        if (triggerProblems > 0) {
            note = join(note, triggerProblems + " trigger problems");
        }
        if (cpu != null && cpu.machineBusy()) {
            note = join(note, String.format(Locale.ROOT, "machine CPU-bound (%.0f %%)", cpu.machineLoad() * 100));
        }
        if (p99 >= MAX_P99_MS) {
            return new Check(name, value, target, Verdict.FAIL, note);
        }
        if (live.subscribers() < MIN_SUBSCRIBERS || rate < MIN_RATE) {
            return new Check(name, value, target, Verdict.NOT_APPLICABLE, join(note, String.format(Locale.ROOT,
                    "load too light to count: %,d subscribers at %s alarms/s", live.subscribers(), rate(rate))));
        }
        return new Check(name, value, target, Verdict.PASS, note);
    }

    private static Check missed(PhaseResult r) {
        String name = "missed deliveries (" + r.name() + ")";
        String value = String.format(Locale.ROOT, "%,d of %,d", r.missed(), r.expected());
        if (r.expected() == 0) {
            return new Check(name, "-", "0", Verdict.FAIL, "no alarm was raised in this phase");
        }
        String note = r.streamEnds() > 0 ? r.streamEnds() + " streams ended unexpectedly" : "";
        return new Check(name, value, "0", r.missed() == 0 ? Verdict.PASS : Verdict.FAIL, note);
    }

    private static Check duplicates(PhaseResult live, PhaseResult reconnect) {
        long total = live.duplicates() + reconnect.duplicates();
        String value = String.format(Locale.ROOT, "%,d + %,d", live.duplicates(), reconnect.duplicates());
        return new Check("duplicate deliveries (live + reconnect)", value, "0",
                total == 0 ? Verdict.PASS : Verdict.FAIL, "");
    }

    private static Check drained(Drain d) {
        String name = "open streams after closing all";
        String target = "back to " + d.baseline() + " (count before the run)";
        if (d.lastCount().isEmpty()) {
            return new Check(name, "-", target, Verdict.FAIL, "the subscriber count could not be read");
        }
        String value = String.format(Locale.ROOT, "%d after %.1f s", d.lastCount().getAsLong(),
                d.took().toMillis() / 1000.0);
        return new Check(name, value, target, d.reached() ? Verdict.PASS : Verdict.FAIL,
                d.reached() ? "" : "still open when the drain timeout ended");
    }

    static String rate(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.format(Locale.ROOT, "%.2f", rate);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
