package de.koeln.zks.benchmarks.inspections;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;

import de.koeln.zks.benchmarks.Options;
import de.koeln.zks.benchmarks.Report;
import de.koeln.zks.benchmarks.Scenario.Target;
import de.koeln.zks.benchmarks.ScenarioResult;
import de.koeln.zks.benchmarks.ScenarioRunner;
import de.koeln.zks.benchmarks.Targets;

/**
 * The list of measures that are (or will be) overdue, over a store of many measures: seeds measures through REST
 * ({@link MeasureSeeder}), picks the date by which about {@code --due-percent} of the open measures are due, then
 * measures four scenarios with closed-loop connections ({@link ScenarioRunner}) and checks each p99 against the target.
 *
 * <p>Exit status: 0 every target met or not applicable, 3 a target failed, 1 server not reachable, login refused or
 * seeding failed, 2 bad arguments.
 */
public final class OverdueMeasures {
    static final double MAX_P99_MS = 50.0;
    static final long MIN_STORED = 50_000;
    static final int PAGE = 50;

    private OverdueMeasures() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(args, System.getenv(), System.out);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** What the store held when the scenarios ran. */
    record Store(long total, long open, long overdue, LocalDate dueBefore, long dueBeforeCount) {
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        OverdueOptions o;
        try {
            o = OverdueOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println(OverdueOptions.usage());
            return 2;
        }
        if (o.help()) {
            out.println(OverdueOptions.usage());
            return 0;
        }
        if (o.password().isEmpty()) {
            out.println("error: set --password or " + Options.ENV_PASSWORD);
            return 2;
        }
        Target target = new Target(o.url(), o.user(), o.password().get(), o.requestTimeout());
        List<String> units = MeasureSeeder.units(o.units());
        out.printf(Locale.ROOT, "ZKS overdue measures: %s as '%s', %,d measures wanted, %d connections, %d s warm-up + %d s"
            + " per scenario%n", o.url(), o.user(), o.measures(), o.connections(), o.warmup().toSeconds(),
            o.duration().toSeconds());
        MeasureSeeder.Result seeded;
        Store store;
        try {
            seeded = new MeasureSeeder(target, o, units, out).seedUntil(o.measures());
            if (seeded.added() > 0) {
                out.printf(Locale.ROOT, "seeding: %s%n", seedingText(seeded));
            }
            store = store(new InspectionsApi(ScenarioRunner.newClient(o.requestTimeout()), target), o.duePercent());
        } catch (InspectionsApi.Failure f) {
            out.println("error: " + f.getMessage() + (f.status == 0 ? " - is the distribution started?" : ""));
            return 1;
        }
        out.printf(Locale.ROOT, "store: %,d measures, %,d open, %,d overdue today; dueBefore=%s lists %,d open measures"
            + " (%.0f %% of the open ones)%n", store.total(), store.open(), store.overdue(), store.dueBefore(),
            store.dueBeforeCount(), store.open() == 0 ? 0 : 100.0 * store.dueBeforeCount() / store.open());

        Map<String, IntFunction<Supplier<HttpRequest>>> requests = requests(target, o, units, store);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (!o.driverWarmup().isZero()) {
            out.printf(Locale.ROOT, "warming up the driver for %d s ...%n", o.driverWarmup().toSeconds());
            List<IntFunction<Supplier<HttpRequest>>> all = new ArrayList<>(requests.values());
            new ScenarioRunner(o.connections(), Duration.ZERO, o.driverWarmup(), o.requestTimeout(), out)
                .run("driver-warm-up", worker -> all.get(worker % all.size()).apply(worker));
        }
        ScenarioRunner runner = new ScenarioRunner(o.connections(), o.warmup(), o.duration(), o.requestTimeout(), out);
        List<ScenarioResult> results = new ArrayList<>();
        for (Map.Entry<String, IntFunction<Supplier<HttpRequest>>> s : requests.entrySet()) {
            out.printf(Locale.ROOT, "running %s ...%n", s.getKey());
            ScenarioResult r = runner.run(s.getKey(), s.getValue());
            results.add(r);
            out.println(Report.header());
            out.println(Report.line(r));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Targets.Check> checks = results.stream().map(r -> check(r, store.total())).toList();

        out.println();
        out.println("Results");
        out.println(Report.header());
        results.forEach(r -> out.println(Report.line(r)));
        out.println();
        out.println("Targets");
        checks.forEach(c -> out.println(Report.check(c)));
        out.printf(Locale.ROOT, "load average (1 min): %.2f before the scenarios, %.2f after%n", loadBefore, loadAfter);
        if (o.markdown().isPresent()) {
            String md = setup(o, store, loadBefore, loadAfter) + "\n\n" + (seeded.added() > 0 ? seedingMarkdown(seeded)
                + "\n\n" : "") + Report.markdown(scenarioLegend(o), results, checks);
            try {
                Path path = Path.of(o.markdown().get());
                Files.writeString(path, md, StandardCharsets.UTF_8);
                out.println("Markdown written to " + path.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                out.println("error: cannot write " + o.markdown().get() + ": " + e);
            }
        }
        return checks.stream().anyMatch(c -> c.verdict() == Targets.Verdict.FAIL) ? 3 : 0;
    }

    static Store store(InspectionsApi api, int duePercent) throws InspectionsApi.Failure {
        long total = api.measureTotal("");
        long open = api.measureTotal("state=OPEN");
        long overdue = api.measureTotal("overdue=true");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long wanted = (open * duePercent + 99) / 100;
        InspectionsApi.Failure[] failure = new InspectionsApi.Failure[1];
        LocalDate date = cutOff(today, wanted, d -> {
            try {
                return api.measureTotal("dueBefore=" + d);
            } catch (InspectionsApi.Failure f) {
                failure[0] = f;
                return Long.MAX_VALUE;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Store(total, open, overdue, date, api.measureTotal("dueBefore=" + date));
    }

    /**
     * The first date from {@code today} on (at most ten years ahead) by which at least {@code wanted} open measures are
     * due, by bisection over a count that grows with the date.
     */
    static LocalDate cutOff(LocalDate today, long wanted, java.util.function.ToLongFunction<LocalDate> countBefore) {
        long lo = today.toEpochDay();
        long hi = today.plusYears(10).toEpochDay();
        if (countBefore.applyAsLong(LocalDate.ofEpochDay(hi)) < wanted) {
            return LocalDate.ofEpochDay(hi);
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (countBefore.applyAsLong(LocalDate.ofEpochDay(mid)) >= wanted) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    /** Per scenario, per worker a request source with its own seeded generator, so runs are reproducible. */
    static Map<String, IntFunction<Supplier<HttpRequest>>> requests(Target target, OverdueOptions o, List<String> units,
            Store store) {
        String before = InspectionsApi.MEASURES + "?dueBefore=" + store.dueBefore();
        long pages = Math.max(1, (store.dueBeforeCount() + PAGE - 1) / PAGE);
        int deepest = (int) Math.min(o.deepPages(), pages - 1);
        Map<String, IntFunction<Supplier<HttpRequest>>> all = new LinkedHashMap<>();
        all.put("due-before", worker -> () -> target.get(before, true));
        all.put("due-before-deep", worker -> {
            Random random = new Random(o.seed() + 31L * worker + 1);
            return () -> target.get(before + "&offset=" + (deepest < 1 ? 0 : PAGE * (1 + random.nextInt(deepest))), true);
        });
        all.put("due-before-unit", worker -> {
            Random random = new Random(o.seed() + 31L * worker + 2);
            return () -> target.get(before + "&ownerUnit=" + InspectionsApi.encode(units.get(random.nextInt(units.size()))),
                true);
        });
        all.put("overdue", worker -> () -> target.get(InspectionsApi.MEASURES + "?overdue=true", true));
        return all;
    }

    static Targets.Check check(ScenarioResult r, long stored) {
        String name = r.name() + " p99";
        String required = String.format(Locale.ROOT, "< %.0f ms with ≥ %,d measures", MAX_P99_MS, MIN_STORED);
        if (r.successes() == 0) {
            return new Targets.Check(name, "-", required, Targets.Verdict.FAIL, "no successful request");
        }
        double p99 = r.percentileMillis(99);
        String value = String.format(Locale.ROOT, "%.2f ms", p99);
        String note = String.format(Locale.ROOT, "%,d measures stored", stored)
            + (r.errorCount() > 0 ? "; " + r.errorCount() + " errors" : "");
        if (p99 >= MAX_P99_MS) {
            return new Targets.Check(name, value, required, Targets.Verdict.FAIL, note);
        }
        if (stored < MIN_STORED) {
            return new Targets.Check(name, value, required, Targets.Verdict.NOT_APPLICABLE, note + ", too few");
        }
        return new Targets.Check(name, value, required, Targets.Verdict.PASS, note);
    }

    static String seedingText(MeasureSeeder.Result s) {
        return String.format(Locale.ROOT, "%,d measures added (%,d reported done) on %,d inspections in %.0f s: %.0f"
            + " measures/s, %.0f requests/s; measure POST p50 %.1f ms p99 %.1f ms", s.added(), s.done(), s.inspections(),
            s.seconds(), s.measuresPerSecond(), s.requestsPerSecond(), ms(s.latencies().get("measure"), 50),
            ms(s.latencies().get("measure"), 99));
    }

    static String seedingMarkdown(MeasureSeeder.Result s) {
        StringBuilder b = new StringBuilder("Seeding: " + seedingText(s) + (s.errors().isEmpty() ? "" : "; errors "
            + s.errors()) + ".\n\n| Seeding request | Count | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        s.latencies().forEach((op, h) -> b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", op,
            h.getTotalCount(), ms(h, 50), ms(h, 99), h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0)));
        return b.toString().stripTrailing();
    }

    static String setup(OverdueOptions o, Store store, double loadBefore, double loadAfter) {
        return String.format(Locale.ROOT, "Measured %s against %s with `zks-benchmarks` OverdueMeasures (Java %s, %s, %d"
            + " cores, load average %.2f before and %.2f after the scenarios): %d connections, %d s warm-up + %d s per"
            + " scenario; %,d measures stored, %,d open, %,d overdue today; dueBefore=%s lists %,d open measures.",
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES), o.url(), System.getProperty("java.version"),
            System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
            o.connections(), o.warmup().toSeconds(), o.duration().toSeconds(), store.total(), store.open(),
            store.overdue(), store.dueBefore(), store.dueBeforeCount());
    }

    /** What the scenarios ask, for the Markdown. */
    static String scenarioLegend(OverdueOptions o) {
        return "Scenarios: due-before = `GET /api/inspections/measures?dueBefore=<date>`, first page (50); due-before-deep"
            + " = the same, a random page 2.." + (o.deepPages() + 1) + " (`offset`); due-before-unit = the same with"
            + " `ownerUnit=<one of the units>`, first page; overdue = `?overdue=true`, first page.";
    }

    private static double ms(Histogram h, double percentile) {
        return h == null || h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
