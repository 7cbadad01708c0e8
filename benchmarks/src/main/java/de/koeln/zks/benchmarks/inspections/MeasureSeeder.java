package de.koeln.zks.benchmarks.inspections;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.benchmarks.Scenario.Target;
import de.koeln.zks.benchmarks.ScenarioRunner;

/**
 * Fills the store with measures through REST, as security managers would: plans an inspection of one of the owner
 * units with the shipped counter checklist at risk level 3, answers every item DEFICIENT, completes it (one finding per
 * item) and adds {@code perFinding} measures to each finding, due on a day of the next two years and owned by a random
 * unit; a share of them is reported done. Workers run whole inspections in parallel. Idempotent: it counts the stored
 * measures first and adds only the missing ones. Bounded by a time limit and an error limit.
 */
final class MeasureSeeder {
    static final String SHIPPED_TEMPLATE = "Arbeitsplatz mit Publikumsverkehr";
    static final String OWN_TEMPLATE = "Benchmark Prüfliste";
    static final int DUE_WITHIN_DAYS = 730;
    static final int MAX_ERRORS = 100;
    private static final List<String> OPERATIONS = List.of("plan", "answer", "complete", "measure", "done");

    /** What seeding did: measures before and added, requests sent, time, latencies by operation (µs). */
    record Result(long before, long added, long done, long inspections, long requests, double seconds,
            Map<String, Histogram> latencies, Map<String, Long> errors) {
        double measuresPerSecond() {
            return seconds <= 0 ? 0 : added / seconds;
        }

        double requestsPerSecond() {
            return seconds <= 0 ? 0 : requests / seconds;
        }
    }

    private final Target target;
    private final OverdueOptions o;
    private final List<String> units;
    private final PrintStream out;

    MeasureSeeder(Target target, OverdueOptions o, List<String> units, PrintStream out) {
        this.target = target;
        this.o = o;
        this.units = units;
        this.out = out;
    }

    /** The owner units: {@code Benchmark-Einheit 01} ... */
    static List<String> units(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(String.format(Locale.ROOT, "Benchmark-Einheit %02d", i));
        }
        return names;
    }

    /** How many inspections are planned for {@code missing} measures with {@code items} findings each. */
    static long inspectionsFor(long missing, int items, int perFinding) {
        long perInspection = (long) items * perFinding;
        return (missing + perInspection - 1) / perInspection;
    }

    Result seedUntil(long wanted) throws InspectionsApi.Failure {
        InspectionsApi api = new InspectionsApi(ScenarioRunner.newClient(o.requestTimeout()), target);
        long before = api.measureTotal("");
        long missing = wanted - before;
        Map<String, Histogram> latencies = new TreeMap<>();
        OPERATIONS.forEach(op -> latencies.put(op, new Histogram(3_600_000_000L, 3)));
        if (missing <= 0) {
            out.printf(Locale.ROOT, "seeding: %,d measures stored, at least %,d wanted - nothing to do%n", before, wanted);
            return new Result(before, 0, 0, 0, 0, 0, latencies, Map.of());
        }
        long template = api.templateId(SHIPPED_TEMPLATE);
        if (template < 0) {
            template = api.createTemplate(OWN_TEMPLATE, 20);
        }
        out.printf(Locale.ROOT, "seeding: %,d measures stored, adding %,d with %d workers (template %d, %d per finding,"
            + " %d owner units, %d %% reported done) ...%n", before, missing, o.workers(), template, o.perFinding(),
            units.size(), o.donePercent());

        AtomicLong remaining = new AtomicLong(missing);
        AtomicLong added = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong inspections = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicInteger errorCount = new AtomicInteger();
        Map<String, Long> errors = new TreeMap<>();
        long start = System.nanoTime();
        long deadline = start + o.seedTimeout().toNanos();
        long step = Math.max(1, missing / 20);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        long templateId = template;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < o.workers(); w++) {
            Random random = new Random(o.seed() + 1_000_003L * (w + 1));
            int worker = w;
            Runnable run = () -> {
                InspectionsApi client = new InspectionsApi(ScenarioRunner.newClient(o.requestTimeout()), target);
                Map<String, Histogram> mine = new TreeMap<>();
                OPERATIONS.forEach(op -> mine.put(op, new Histogram(3_600_000_000L, 3)));
                int n = 0;
                while (remaining.get() > 0 && errorCount.get() < MAX_ERRORS && System.nanoTime() - deadline < 0) {
                    try {
                        String unit = units.get(random.nextInt(units.size()));
                        long t0 = System.nanoTime();
                        JsonNode planned = client.plan(templateId, unit, "Benchmark " + worker + "-" + (++n), today);
                        record(mine, "plan", t0, requests);
                        long id = planned.path("id").asLong();
                        for (JsonNode a : planned.path("answers")) {
                            t0 = System.nanoTime();
                            client.answer(id, a.path("key").asText(), "DEFICIENT");
                            record(mine, "answer", t0, requests);
                        }
                        t0 = System.nanoTime();
                        JsonNode completed = client.complete(id);
                        record(mine, "complete", t0, requests);
                        inspections.incrementAndGet();
                        for (JsonNode finding : completed.path("findings")) {
                            for (int j = 0; j < o.perFinding() && remaining.getAndDecrement() > 0; j++) {
                                String owner = units.get(random.nextInt(units.size()));
                                LocalDate due = today.plusDays(1 + random.nextInt(DUE_WITHIN_DAYS));
                                t0 = System.nanoTime();
                                long measure;
                                try {
                                    measure = client.addMeasure(finding.path("id").asLong(), "Maßnahme " + (j + 1) + " zu "
                                        + finding.path("item").asText(), owner, due);
                                } catch (InspectionsApi.Failure f) {
                                    remaining.incrementAndGet();
                                    throw f;
                                }
                                record(mine, "measure", t0, requests);
                                long c = added.incrementAndGet();
                                if (c % step == 0 || c == missing) {
                                    double secs = (System.nanoTime() - start) / 1e9;
                                    out.printf(Locale.ROOT, "  seeded %,d / %,d measures (%.0f%%, %.0f measures/s)%n", c,
                                        missing, 100.0 * c / missing, c / Math.max(secs, 1e-3));
                                }
                                if (random.nextInt(100) < o.donePercent()) {
                                    t0 = System.nanoTime();
                                    client.done(measure);
                                    record(mine, "done", t0, requests);
                                    done.incrementAndGet();
                                }
                            }
                        }
                    } catch (InspectionsApi.Failure f) {
                        if (errorCount.incrementAndGet() <= 5) {
                            out.println("  [seed] " + f.getMessage());
                        }
                        synchronized (errors) {
                            errors.merge(f.key(), 1L, Long::sum);
                        }
                    }
                }
                synchronized (latencies) {
                    mine.forEach((op, h) -> latencies.get(op).add(h));
                }
            };
            Thread t = new Thread(run, "zks-seed-inspections-" + w);
            t.start();
            threads.add(t);
        }
        joinAll(threads, deadline + o.requestTimeout().toNanos() + Duration.ofSeconds(5).toNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (errorCount.get() > 0) {
            out.printf(Locale.ROOT, "seeding: %,d requests failed %s%s%n", errorCount.get(), errors,
                errorCount.get() >= MAX_ERRORS ? " - stopped early" : "");
        }
        if (remaining.get() > 0 && System.nanoTime() - deadline >= 0) {
            out.printf(Locale.ROOT, "seeding: stopped after the time limit of %d s%n", o.seedTimeout().toSeconds());
        }
        return new Result(before, added.get(), done.get(), inspections.get(), requests.get(), seconds, latencies, errors);
    }

    private static void record(Map<String, Histogram> latencies, String op, long t0, AtomicLong requests) {
        long micros = Math.max(0, (System.nanoTime() - t0) / 1000);
        Histogram h = latencies.get(op);
        h.recordValue(Math.min(micros, h.getHighestTrackableValue()));
        requests.incrementAndGet();
    }

    private static void joinAll(List<Thread> threads, long deadlineNanos) {
        try {
            for (Thread t : threads) {
                t.join(Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000));
                if (t.isAlive()) {
                    t.interrupt();
                    t.join(2000);
                }
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
    }
}
