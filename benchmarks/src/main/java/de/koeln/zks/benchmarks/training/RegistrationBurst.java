package de.koeln.zks.benchmarks.training;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.koeln.zks.benchmarks.Options;
import de.koeln.zks.benchmarks.ScenarioRunner;
import de.koeln.zks.benchmarks.Scenario.Target;

/**
 * Registration throughput and latency when many people register for one session at the same moment (the first
 * minutes after a popular course is announced): per round a new session, all registrations released together,
 * then the same number of requests to the platform's trivial endpoint released the same way, so the two can be
 * compared on one machine in one run. Every round is checked for consistency ({@link BurstCheck}).
 *
 * <p>Exit status: 0 done and consistent, 3 an inconsistent round, 1 server not reachable or setup failed, 2 bad
 * arguments.
 */
public final class RegistrationBurst {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private RegistrationBurst() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(args, System.getenv(), System.out);
        if (code != 0) {
            System.exit(code);
        }
    }

    record Round(Histogram latencies, double wallMillis, int requests) {
        double perSecond() {
            return requests / (wallMillis / 1000.0);
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        BurstOptions o;
        try {
            o = BurstOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println(BurstOptions.usage());
            return 2;
        }
        if (o.help()) {
            out.println(BurstOptions.usage());
            return 0;
        }
        if (o.password().isEmpty()) {
            out.println("error: set --password or " + Options.ENV_PASSWORD);
            return 2;
        }
        Target target = new Target(o.url(), o.user(), o.password().get(), TIMEOUT);
        HttpClient client = ScenarioRunner.newClient(Duration.ofSeconds(10));
        long course;
        try {
            HttpResponse<String> created = client.send(target.postJson("/api/training/courses",
                "{\"title\":\"Benchmark " + OffsetDateTime.now(ZoneOffset.UTC) + "\",\"topic\":\"OTHER\"}"),
                HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                out.println("error: creating the benchmark course answered " + created.statusCode() + ": " + created.body());
                return 1;
            }
            course = JSON.readTree(created.body()).get("id").asLong();
        } catch (IOException e) {
            out.println("error: " + o.url() + " is not reachable: " + e);
            return 1;
        }
        out.printf(Locale.ROOT, "ZKS registration burst: %s as '%s', %d registrants for %d seats, %d rounds%n", o.url(),
            o.user(), o.registrants(), o.capacity(), o.rounds());

        Histogram registrations = new Histogram(TIMEOUT.toMillis() * 1000, 3);
        Histogram trivial = new Histogram(TIMEOUT.toMillis() * 1000, 3);
        double registrationRate = 0;
        double trivialRate = 0;
        boolean consistent = true;
        for (int round = 1; round <= o.rounds(); round++) {
            long session = session(client, target, course, o.capacity());
            String run = "r" + round + "-" + System.nanoTime();
            List<BurstCheck.Answer> answers = new ArrayList<>();
            Round reg = burst(client, o.registrants(), i -> target.postJson("/api/training/sessions/" + session
                + "/registrations", "{\"participant\":\"bench-" + run + "-" + i + "\"}"), answers);
            List<String> problems = BurstCheck.problems(answers, o.capacity());
            Round triv = burst(client, o.registrants(), i -> target.get("/api/platform/health", false), null);
            out.printf(Locale.ROOT, "round %d: registrations %.0f/s p50 %.1f ms p99 %.1f ms max %.1f ms | trivial %.0f/s p50"
                    + " %.1f ms p99 %.1f ms | %s%n", round, reg.perSecond(), ms(reg.latencies(), 50), ms(reg.latencies(), 99),
                reg.latencies().getMaxValue() / 1000.0, triv.perSecond(), ms(triv.latencies(), 50), ms(triv.latencies(), 99),
                problems.isEmpty() ? "consistent" : "INCONSISTENT: " + problems);
            consistent &= problems.isEmpty();
            if (round > 1 || o.rounds() == 1) { // the first round also warms the server and the driver up
                registrations.add(reg.latencies());
                trivial.add(triv.latencies());
                registrationRate += reg.perSecond();
                trivialRate += triv.perSecond();
            }
        }
        int counted = o.rounds() == 1 ? 1 : o.rounds() - 1;
        String summary = String.format(Locale.ROOT, "| %d registrants, %d seats, %d rounds (first not counted) | %.0f/s |"
                + " %.1f | %.1f | %.1f | %.0f/s | %.1f | %.1f | %s |", o.registrants(), o.capacity(), o.rounds(),
            registrationRate / counted, ms(registrations, 50), ms(registrations, 99), registrations.getMaxValue() / 1000.0,
            trivialRate / counted, ms(trivial, 50), ms(trivial, 99), consistent ? "yes" : "NO");
        String header = "| burst | registrations | p50 ms | p99 ms | max ms | trivial endpoint | p50 ms | p99 ms | consistent |\n"
            + "|---|---|---|---|---|---|---|---|---|";
        out.println(header);
        out.println(summary);
        if (o.markdown().isPresent()) {
            Files.writeString(Path.of(o.markdown().get()), header + "\n" + summary + "\n", StandardCharsets.UTF_8);
        }
        return consistent ? 0 : 3;
    }

    private static long session(HttpClient client, Target target, long course, int capacity) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
        HttpResponse<String> r = client.send(target.postJson("/api/training/sessions", "{\"course\":" + course
            + ",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\",\"capacity\":" + capacity
            + ",\"place\":\"Benchmark\"}"), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("planning a session answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("id").asLong();
    }

    /** Sends {@code n} requests released at the same moment; records each latency (µs) and, if asked, the answers. */
    static Round burst(HttpClient client, int n, IntFunction<HttpRequest> request, List<BurstCheck.Answer> answers)
            throws InterruptedException {
        Histogram latencies = new Histogram(TIMEOUT.toMillis() * 1000, 3);
        CountDownLatch gate = new CountDownLatch(1);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(request.apply(i));
        }
        for (HttpRequest r : requests) {
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).thenCompose(x -> {
                long t0 = System.nanoTime();
                return client.sendAsync(r, HttpResponse.BodyHandlers.ofString()).handle((resp, failure) -> {
                    long micros = (System.nanoTime() - t0) / 1000;
                    synchronized (latencies) {
                        latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
                    }
                    if (answers != null) {
                        BurstCheck.Answer a = answer(resp, failure);
                        synchronized (answers) {
                            answers.add(a);
                        }
                    }
                    return null;
                });
            }));
        }
        long released = System.nanoTime();
        gate.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return new Round(latencies, (System.nanoTime() - released) / 1e6, n);
    }

    private static BurstCheck.Answer answer(HttpResponse<String> resp, Throwable failure) {
        if (failure != null || resp == null) {
            return new BurstCheck.Answer(0, null, null);
        }
        if (resp.statusCode() != 201) {
            return new BurstCheck.Answer(resp.statusCode(), null, null);
        }
        try {
            JsonNode body = JSON.readTree(resp.body());
            return new BurstCheck.Answer(201, body.path("status").asText(null),
                body.hasNonNull("position") ? body.get("position").asInt() : null);
        } catch (IOException e) {
            return new BurstCheck.Answer(201, null, null);
        }
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
