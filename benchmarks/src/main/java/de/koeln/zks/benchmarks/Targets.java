package de.koeln.zks.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** The project's performance targets and their evaluation against measured results. */
public final class Targets {

    public static final double MIN_POST_RATIO = 0.20;
    public static final double MAX_AUTH_COST = 0.20;
    public static final double MAX_GET_FILTERED_P99_MS = 50.0;
    public static final long MIN_STORED_FOR_GET_FILTERED = 100_000;

    public enum Verdict { PASS, FAIL, NOT_APPLICABLE;

        @Override
        public String toString() {
            return this == NOT_APPLICABLE ? "N/A" : name();
        }
    }

    /** One evaluated target: {@code value} is already formatted; {@code note} explains N/A, errors etc. */
    public record Check(String name, String value, String target, Verdict verdict, String note) { }

    private Targets() { }

    /**
     * @param results results by scenario id; absent scenarios make their checks N/A
     * @param stored  number of incidents stored while get-filtered ran, if known
     */
    public static List<Check> evaluate(Map<String, ScenarioResult> results, OptionalLong stored) {
        List<Check> checks = new ArrayList<>();
        checks.add(ratio("post req/s ÷ trivial req/s", "≥ " + fmt(MIN_POST_RATIO),
                results.get(Scenario.POST.id()), results.get(Scenario.TRIVIAL.id()), false));
        checks.add(ratio("auth cost = 1 − trivial-auth req/s ÷ trivial req/s", "< " + fmt(MAX_AUTH_COST),
                results.get(Scenario.TRIVIAL_AUTH.id()), results.get(Scenario.TRIVIAL.id()), true));
        checks.add(getFilteredP99(results.get(Scenario.GET_FILTERED.id()), stored));
        return checks;
    }

    private static Check ratio(String name, String target, ScenarioResult top, ScenarioResult bottom,
                               boolean asCost) {
        String missing = notRun(top, bottom);
        if (missing != null) {
            return new Check(name, "-", target, Verdict.NOT_APPLICABLE, missing);
        }
        String broken = noSuccess(top, bottom);
        if (broken != null) {
            return new Check(name, "-", target, Verdict.FAIL, broken);
        }
        double ratio = top.requestsPerSecond() / bottom.requestsPerSecond();
        double value = round3(asCost ? 1 - ratio : ratio); // 1 - 800/1000 must be 0.200, not 0.1999...
        boolean pass = asCost ? value < MAX_AUTH_COST : value >= MIN_POST_RATIO;
        // shown as compared: two decimals of the rounded value showed 718/7,589 = 0.0946 (0.095) as "0.10"
        String shown = String.format(Locale.ROOT, "%.3f", value);
        return new Check(name, shown, target, pass ? Verdict.PASS : Verdict.FAIL, errorNote(top, bottom));
    }

    private static Check getFilteredP99(ScenarioResult r, OptionalLong stored) {
        String name = "get-filtered p99";
        String target = "< " + fmt(MAX_GET_FILTERED_P99_MS) + " ms with ≥ "
                + String.format(Locale.ROOT, "%,d", MIN_STORED_FOR_GET_FILTERED) + " stored";
        if (r == null) {
            return new Check(name, "-", target, Verdict.NOT_APPLICABLE, "get-filtered not run");
        }
        if (r.successes() == 0) {
            return new Check(name, "-", target, Verdict.FAIL, "get-filtered had no successful request");
        }
        double p99 = r.percentileMillis(99);
        String value = fmt(p99) + " ms";
        String storedNote = stored.isPresent()
                ? String.format(Locale.ROOT, "%,d stored", stored.getAsLong()) : "stored count unknown";
        String note = join(storedNote, errorNote(r));
        if (p99 >= MAX_GET_FILTERED_P99_MS) {
            return new Check(name, value, target, Verdict.FAIL, note);
        }
        if (stored.isEmpty() || stored.getAsLong() < MIN_STORED_FOR_GET_FILTERED) {
            return new Check(name, value, target, Verdict.NOT_APPLICABLE, join(note, "too few incidents stored"));
        }
        return new Check(name, value, target, Verdict.PASS, note);
    }

    private static String notRun(ScenarioResult... rs) {
        return rs[0] == null || rs[1] == null ? "needs both scenarios" : null;
    }

    private static String noSuccess(ScenarioResult... rs) {
        for (ScenarioResult r : rs) {
            if (r.successes() == 0) {
                return r.name() + " had no successful request";
            }
        }
        return null;
    }

    private static String errorNote(ScenarioResult... rs) {
        String note = "";
        for (ScenarioResult r : rs) {
            if (r.errorCount() > 0) {
                note = join(note, r.name() + " had " + r.errorCount() + " errors");
            }
        }
        return note;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
