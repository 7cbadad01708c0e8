package de.koeln.zks.benchmarks;

import java.util.List;
import java.util.Locale;

/** Formats results and target checks for the console and as Markdown (for docs/performance.md). */
public final class Report {

    private static final String LINE_FORMAT = "%-14s %10s %8s %10s %9s %9s %9s %9s";

    private Report() { }

    public static String header() {
        return String.format(Locale.ROOT, LINE_FORMAT,
                "scenario", "requests", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
    }

    /** One line per scenario, plus an indented line naming the errors if there were any. */
    public static String line(ScenarioResult r) {
        String line = String.format(Locale.ROOT, LINE_FORMAT, r.name(), r.requests(), r.errorCount(),
                num(r.requestsPerSecond(), 1), num(r.percentileMillis(50), 2), num(r.percentileMillis(90), 2),
                num(r.percentileMillis(99), 2), num(r.maxMillis(), 2));
        String errors = r.errorSummary();
        return errors.isEmpty() ? line : line + System.lineSeparator() + "    errors: " + errors;
    }

    public static String check(Targets.Check c) {
        String s = String.format(Locale.ROOT, "%-52s %12s  (target %s)  %s", c.name(), c.value(), c.target(),
                c.verdict());
        return c.note().isEmpty() ? s : s + "  [" + c.note() + "]";
    }

    /**
     * @param setup one sentence describing how the numbers were obtained (date, URL, connections, durations,
     *              stored incidents); printed above the tables
     */
    public static String markdown(String setup, List<ScenarioResult> results, List<Targets.Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append(setup).append("\n\n");
        b.append("| Scenario | Requests | Errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ScenarioResult r : results) {
            String errors = r.errorSummary().isEmpty()
                    ? String.valueOf(r.errorCount()) : r.errorCount() + " (" + r.errorSummary() + ")";
            b.append("| ").append(r.name())
                    .append(" | ").append(r.requests())
                    .append(" | ").append(errors)
                    .append(" | ").append(num(r.requestsPerSecond(), 1))
                    .append(" | ").append(num(r.percentileMillis(50), 2))
                    .append(" | ").append(num(r.percentileMillis(90), 2))
                    .append(" | ").append(num(r.percentileMillis(99), 2))
                    .append(" | ").append(num(r.maxMillis(), 2))
                    .append(" |\n");
        }
        b.append("\n| Target | Value | Required | Result | Note |\n");
        b.append("|---|---:|---|---|---|\n");
        for (Targets.Check c : checks) {
            b.append("| ").append(c.name())
                    .append(" | ").append(c.value())
                    .append(" | ").append(c.target())
                    .append(" | ").append(c.verdict() == Targets.Verdict.PASS ? "PASS"
                            : c.verdict() == Targets.Verdict.FAIL ? "**FAIL**" : "N/A")
                    .append(" | ").append(c.note())
                    .append(" |\n");
        }
        return b.toString();
    }

    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
