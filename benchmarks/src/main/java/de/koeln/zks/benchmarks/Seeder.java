package de.koeln.zks.benchmarks;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the store before the filtered-search scenario: POSTs generated incidents with all connections in
 * parallel until at least the wanted number is stored. Bounded by a time limit and by an error limit, so a
 * server that rejects the requests stops the phase instead of looping.
 */
public final class Seeder {

    static final int MAX_ERRORS = 100;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final Scenario.Target target;
    private final int connections;
    private final Duration timeout;
    private final Duration maxDuration;
    private final long randomSeed;
    private final PrintStream out;

    public Seeder(Scenario.Target target, int connections, Duration timeout, Duration maxDuration,
                  long randomSeed, PrintStream out) {
        this.target = target;
        this.connections = connections;
        this.timeout = timeout;
        this.maxDuration = maxDuration;
        this.randomSeed = randomSeed;
        this.out = out;
    }

    /** Extracts {@code total} from a search answer such as {@code {"items":[],"offset":0,"limit":1,"total":7}}. */
    static OptionalLong parseTotal(String json) {
        Matcher m = json == null ? null : TOTAL.matcher(json);
        return m != null && m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Asks the server how many incidents are stored ({@code GET /api/incidents?limit=1}); empty on failure. */
    public OptionalLong storedTotal() {
        HttpRequest request = target.get(Scenario.INCIDENTS + "?limit=1", true);
        ScenarioRunner.Outcome o = ScenarioRunner.exchange(ScenarioRunner.newClient(timeout), request);
        ErrorSamples samples = new ErrorSamples("count", 1, out);
        if (o.ok()) {
            OptionalLong total = parseTotal(o.body());
            if (total.isEmpty()) {
                out.println("  [count] answer has no \"total\": " + ErrorSamples.shorten(o.body()));
            }
            return total;
        }
        if (o.hasResponse()) {
            samples.status("GET", request.uri().toString(), o.status(), o.body());
        } else {
            samples.exception("GET", request.uri().toString(), o.failure());
        }
        return OptionalLong.empty();
    }

    /** Seeds until at least {@code wanted} incidents are stored; returns the stored total afterwards. */
    public OptionalLong seedUntil(long wanted) {
        OptionalLong before = storedTotal();
        if (before.isEmpty()) {
            out.println("seeding skipped: cannot read the number of stored incidents");
            return before;
        }
        long missing = wanted - before.getAsLong();
        if (missing <= 0) {
            out.printf(Locale.ROOT, "seeding: %,d incidents stored, at least %,d wanted - nothing to do%n",
                    before.getAsLong(), wanted);
            return before;
        }
        out.printf(Locale.ROOT, "seeding: %,d incidents stored, posting %,d more with %d connections ...%n",
                before.getAsLong(), missing, connections);
        AtomicLong remaining = new AtomicLong(missing);
        AtomicLong created = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ErrorSamples samples = new ErrorSamples("seed", ScenarioRunner.ERROR_SAMPLES, out);
        long start = System.nanoTime();
        long deadline = start + maxDuration.toNanos();
        long step = Math.max(1, missing / 20);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            IncidentGenerator generator = new IncidentGenerator(randomSeed + 1_000_003L * (i + 1));
            Runnable worker = () -> {
                HttpClient client = ScenarioRunner.newClient(timeout);
                while (remaining.get() > 0 && errors.get() < MAX_ERRORS && System.nanoTime() - deadline < 0) {
                    HttpRequest request = target.postJson(Scenario.INCIDENTS, generator.nextIncident().toJson());
                    ScenarioRunner.Outcome o = ScenarioRunner.exchange(client, request);
                    if (o.ok()) {
                        remaining.decrementAndGet();
                        long c = created.incrementAndGet();
                        if (c <= missing && (c % step == 0 || c == missing)) {
                            double secs = (System.nanoTime() - start) / 1e9;
                            out.printf(Locale.ROOT, "  seeded %,d / %,d (%.0f%%, %.0f req/s)%n",
                                    c, missing, 100.0 * c / missing, c / Math.max(secs, 1e-3));
                        }
                    } else {
                        errors.incrementAndGet();
                        if (o.hasResponse()) {
                            samples.status("POST", request.uri().toString(), o.status(),
                                    o.body());
                        } else {
                            samples.exception("POST", request.uri().toString(), o.failure());
                        }
                    }
                }
            };
            Thread t = new Thread(worker, "zks-seed-" + i);
            t.start();
            threads.add(t);
        }
        ScenarioRunner.joinAll(threads, deadline + timeout.toNanos() + ScenarioRunner.GRACE.toNanos());
        if (errors.get() > 0) {
            out.printf(Locale.ROOT, "seeding: %,d requests failed%s%n", errors.get(),
                    errors.get() >= MAX_ERRORS ? " - stopped early" : "");
        }
        if (remaining.get() > 0 && System.nanoTime() - deadline >= 0) {
            out.printf(Locale.ROOT, "seeding: stopped after the time limit of %d s%n", maxDuration.toSeconds());
        }
        OptionalLong after = storedTotal();
        out.printf(Locale.ROOT, "seeding: done, %s incidents stored%n",
                after.isPresent() ? String.format(Locale.ROOT, "%,d", after.getAsLong()) : "an unknown number of");
        return after;
    }
}
