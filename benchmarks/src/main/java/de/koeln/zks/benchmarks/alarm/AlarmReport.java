package de.koeln.zks.benchmarks.alarm;

import de.koeln.zks.benchmarks.Report;
import de.koeln.zks.benchmarks.Targets.Check;
import de.koeln.zks.benchmarks.Targets.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats the phases, the replay, the leak check, problems and targets for the console and as Markdown. */
final class AlarmReport {

    private static final String LINE_FORMAT = "%-10s %7s %11s %10s %10s %8s %10s %9s %9s %9s";

    private AlarmReport() { }

    static String header() {
        return String.format(Locale.ROOT, LINE_FORMAT, "phase", "alarms", "subscribers", "expected", "received",
                "missed", "duplicates", "p50 ms", "p99 ms", "max ms");
    }

    static String line(PhaseResult r) {
        return String.format(Locale.ROOT, LINE_FORMAT, r.name(), r.alarms(), r.subscribers(), r.expected(),
                r.received(), r.missed(), r.duplicates(), ms(r, 50), ms(r, 99), max(r));
    }

    static String replay(Deliveries.Replay r) {
        return String.format(Locale.ROOT, "replay: %,d of %,d deliveries raised during the gap arrived after"
                        + " reconnecting (%,d subscribers); all there after p50 %.1f ms, max %.1f ms",
                r.replayed(), r.expected(), r.subscribers(), r.percentileMillis(50), r.maxMillis());
    }

    static String drain(Drain d) {
        return String.format(Locale.ROOT, "open streams after closing all: %s after %.1f s (%s, before the run:"
                        + " %d)", d.lastCount().isPresent() ? String.valueOf(d.lastCount().getAsLong()) : "unknown",
                d.took().toMillis() / 1000.0, d.reached() ? "back to the count before the run" : "NOT back",
                d.baseline());
    }

    /** Problem counts and their samples, indented; empty when nothing went wrong. */
    static List<String> problems(Problems p) {
        List<String> lines = new ArrayList<>();
        if (p.isEmpty()) {
            return lines;
        }
        lines.add("problems: " + p.summary());
        p.sampleLines().forEach(s -> lines.add("    " + s));
        return lines;
    }

    static String check(Check c) {
        return Report.check(c);
    }

    /**
     * @param setup one sentence describing how the numbers were obtained; printed above the tables
     */
    static String markdown(String setup, List<PhaseResult> phases, Deliveries.Replay replay, Drain drain,
                           Problems problems, List<Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append(setup).append("\n\n");
        b.append("| Phase | Alarms | Subscribers | Expected | Received | Missed | Duplicates | p50 ms | p99 ms"
                + " | max ms |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PhaseResult r : phases) {
            b.append("| ").append(r.name())
                    .append(" | ").append(r.alarms())
                    .append(" | ").append(r.subscribers())
                    .append(" | ").append(r.expected())
                    .append(" | ").append(r.received())
                    .append(" | ").append(r.missed())
                    .append(" | ").append(r.duplicates())
                    .append(" | ").append(ms(r, 50))
                    .append(" | ").append(ms(r, 99))
                    .append(" | ").append(max(r))
                    .append(" |\n");
        }
        b.append('\n');
        if (replay != null) {
            b.append(capitalize(replay(replay))).append(".\n");
        }
        if (drain != null) {
            b.append(capitalize(drain(drain))).append(".\n");
        }
        if (!problems.isEmpty()) {
            b.append("Problems: ").append(problems.summary()).append(".\n");
        }
        b.append("\n| Target | Value | Required | Result | Note |\n");
        b.append("|---|---:|---|---|---|\n");
        for (Check c : checks) {
            b.append("| ").append(c.name())
                    .append(" | ").append(c.value())
                    .append(" | ").append(c.target())
                    .append(" | ").append(c.verdict() == Verdict.PASS ? "PASS"
                            : c.verdict() == Verdict.FAIL ? "**FAIL**" : "N/A")
                    .append(" | ").append(c.note())
                    .append(" |\n");
        }
        return b.append('\n').toString();
    }

    private static String ms(PhaseResult r, double percentile) {
        return r.samples() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.percentileMillis(percentile));
    }

    private static String max(PhaseResult r) {
        return r.samples() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.maxMillis());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
