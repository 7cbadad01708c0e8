package de.koeln.zks.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Load driver for an already started distribution. Runs the selected scenarios one after another with closed-loop
 * workers, prints one line per scenario and evaluates the project's performance targets.
 *
 * <p>Exit status: 0 all targets met or not applicable, 3 a target failed, 1 server not reachable, 2 bad arguments.
 */
public final class LoadDriver {

    static final int EXIT_OK = 0;
    static final int EXIT_UNREACHABLE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_TARGET_FAILED = 3;

    private LoadDriver() { }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        Options o;
        try {
            o = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println(Options.usage());
            return EXIT_USAGE;
        }
        if (o.help()) {
            out.println(Options.usage());
            return EXIT_OK;
        }
        if (o.needsPassword() && o.password().isEmpty()) {
            out.println("error: the selected scenarios authenticate; set " + Options.ENV_PASSWORD
                    + " or pass --password=...");
            return EXIT_USAGE;
        }
        Scenario.Target target = new Scenario.Target(o.url(), o.user(), o.password().orElse(null),
                o.requestTimeout());
        out.printf(Locale.ROOT, "ZKS load driver: %s as '%s', %d connections, %s + %d s per scenario,"
                        + " scenarios %s%n", o.url(), o.user(), o.connections(), serverWarmupText(o) + warmupText(o),
                o.duration().toSeconds(), ids(o.scenarios()));
        warnIfNotLoopback(o, out);
        if (!reachable(target, o, out)) {
            return EXIT_UNREACHABLE;
        }

        ScenarioRunner runner = new ScenarioRunner(o.connections(), o.warmup(), o.maxWarmup(), o.duration(),
                o.requestTimeout(), out);
        if (!o.driverWarmup().isZero()) {
            // the first scenario would otherwise also measure the driver's own JIT warm-up (seen: the trivial
            // endpoint at half its rate when measured first)
            out.printf(Locale.ROOT, "warming up the driver for %d s ...%n", o.driverWarmup().toSeconds());
            Scenario warm = o.password().isPresent() ? Scenario.TRIVIAL_AUTH : Scenario.TRIVIAL;
            new ScenarioRunner(o.connections(), Duration.ZERO, o.driverWarmup(), o.requestTimeout(), out)
                .run("driver-warm-up", requests(warm, target, o.randomSeed()));
        }
        Seeder seeder = new Seeder(target, o.connections(), o.requestTimeout(), o.seedTimeout(), o.randomSeed(), out);
        if (o.scenarios().contains(Scenario.GET_FILTERED) && o.seedTotal() > 0) {
            seeder.seedUntil(o.seedTotal()); // first, so that the server warms up on the store it is measured on
        }
        if (!o.serverWarmup().isZero()) {
            // the server's JIT compiles the request paths for minutes on two loaded cores (-Xlog:jit+compilation:
            // C2 waves for some three minutes of POST load); a scenario's own warm-up can end on a plateau
            // between two waves and measure a third of the rate the same server reaches later
            out.printf(Locale.ROOT, "warming up the server for %d s with a mix of %s ...%n",
                    o.serverWarmup().toSeconds(), ids(o.scenarios()));
            new ScenarioRunner(o.connections(), Duration.ZERO, o.serverWarmup(), o.requestTimeout(), out)
                .run("server-warm-up", mixed(o.scenarios(), target, o.randomSeed()));
        }
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        OptionalLong stored = OptionalLong.empty();
        for (Scenario s : o.scenarios()) {
            if (s == Scenario.GET_FILTERED) {
                stored = seeder.storedTotal();
            }
            Settle.beforeScenario(s.id(), o.settle(), out);
            out.printf(Locale.ROOT, "running %s ...%n", s.id());
            ScenarioResult r = runner.run(s.id(), requests(s, target, o.randomSeed()));
            results.put(s.id(), r);
            out.println(Report.header());
            out.println(Report.line(r));
        }

        List<Targets.Check> checks = Targets.evaluate(results, stored);
        out.println();
        out.println("Results");
        out.println(Report.header());
        results.values().forEach(r -> out.println(Report.line(r)));
        out.println();
        out.println("Targets");
        checks.forEach(c -> out.println(Report.check(c)));

        if (o.markdown().isPresent()) {
            String md = Report.markdown(setup(o, stored), new ArrayList<>(results.values()), checks);
            try {
                Path path = Path.of(o.markdown().get());
                Files.writeString(path, md, StandardCharsets.UTF_8);
                out.println("Markdown written to " + path.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                out.println("error: cannot write " + o.markdown().get() + ": " + e);
            }
        }
        boolean failed = checks.stream().anyMatch(c -> c.verdict() == Targets.Verdict.FAIL);
        return failed ? EXIT_TARGET_FAILED : EXIT_OK;
    }

    /** Per worker a request source with its own seeded generator, so runs are reproducible. */
    static IntFunction<Supplier<HttpRequest>> requests(Scenario s, Scenario.Target target, long seed) {
        return worker -> {
            IncidentGenerator generator = new IncidentGenerator(seed + 7919L * s.ordinal() + worker);
            return () -> s.request(target, generator);
        };
    }

    /**
     * Per worker the scenarios' requests in turn, each worker starting at another scenario. Generated from another
     * seed than the measured requests, so that the warm-up does not fill the server's caches with their filters.
     */
    static IntFunction<Supplier<HttpRequest>> mixed(List<Scenario> scenarios, Scenario.Target target, long seed) {
        List<IntFunction<Supplier<HttpRequest>>> each = scenarios.stream()
                .map(s -> requests(s, target, seed + 1)).toList();
        return worker -> {
            List<Supplier<HttpRequest>> mine = each.stream().map(f -> f.apply(worker)).toList();
            int[] next = {worker % mine.size()};
            return () -> {
                Supplier<HttpRequest> source = mine.get(next[0]);
                next[0] = (next[0] + 1) % mine.size();
                return source.get();
            };
        };
    }

    static String setup(Options o, OptionalLong stored) {
        String storedText = stored.isPresent()
                ? String.format(Locale.ROOT, "; %,d incidents stored during get-filtered", stored.getAsLong()) : "";
        return String.format(Locale.ROOT, "Measured %s against %s with `zks-benchmarks` (Java %s, %s, %d cores):"
                        + " %d connections, %s%s + %d s per scenario%s.",
                OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES), o.url(), System.getProperty("java.version"),
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), o.connections(),
                serverWarmupText(o), warmupText(o), o.duration().toSeconds(), storedText);
    }

    static String serverWarmupText(Options o) {
        return o.serverWarmup().isZero() ? "" : o.serverWarmup().toSeconds() + " s of mixed warm-up, then ";
    }

    static String warmupText(Options o) {
        return o.maxWarmup().equals(o.warmup())
                ? o.warmup().toSeconds() + " s warm-up"
                : String.format(Locale.ROOT, "warm-up of %d s and on until the rate is steady (at most %d s)",
                        o.warmup().toSeconds(), o.maxWarmup().toSeconds());
    }

    private static boolean reachable(Scenario.Target target, Options o, PrintStream out) {
        HttpRequest health = target.get(Scenario.HEALTH, false);
        ScenarioRunner.Outcome outcome = ScenarioRunner.exchange(ScenarioRunner.newClient(o.requestTimeout()),
                health);
        if (!outcome.hasResponse()) {
            out.println("error: cannot reach " + health.uri() + ": " + outcome.failure()
                    + " - is the distribution started?");
            return false;
        }
        if (!outcome.ok()) {
            out.println("warning: " + health.uri() + " answered HTTP " + outcome.status() + ": "
                    + ErrorSamples.shorten(outcome.body()));
        }
        return true;
    }

    private static void warnIfNotLoopback(Options o, PrintStream out) {
        try {
            if (!InetAddress.getByName(o.url().getHost()).isLoopbackAddress()) {
                out.println("note: " + o.url().getHost() + " is not a loopback address - network latency is part"
                        + " of the numbers; only load servers you are responsible for");
            }
        } catch (UnknownHostException e) {
            out.println("note: cannot resolve " + o.url().getHost() + ": " + e.getMessage());
        }
    }

    private static String ids(List<Scenario> scenarios) {
        return String.join(",", scenarios.stream().map(Scenario::id).toArray(String[]::new));
    }
}
