package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ScenarioRunnerTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);

    @Test
    @Timeout(10)
    void countsRequestsAndErrorsByStatus() throws Exception {
        int connections = 4;
        try (FakeServer server = new FakeServer("admin", "pw", 4)) {
            Scenario.Target target = new Scenario.Target(server.uri(), "admin", "pw", Duration.ofSeconds(2));
            ScenarioRunner runner = new ScenarioRunner(connections, Duration.ZERO, Duration.ofMillis(600),
                    Duration.ofSeconds(2), logStream);

            long startNanos = System.nanoTime();
            ScenarioResult r = runner.run("trivial-auth", LoadDriver.requests(Scenario.TRIVIAL_AUTH, target, 1));
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);

            assertThat(took).isBetween(Duration.ofMillis(600), Duration.ofMillis(3000));
            // every answered request inside the window is counted; per connection at most one is still in flight
            // when the window closes and one more may be sent by a worker that read the clock just before it
            int uncounted = 2 * connections;
            assertThat(r.requests()).isBetween(server.requests.get() - uncounted, server.requests.get());
            assertThat(r.requests()).isGreaterThan(20);
            assertThat(r.errors()).containsOnlyKeys("HTTP 500");
            assertThat(r.errorCount()).isBetween(server.failures.get() - uncounted, server.failures.get());
            assertThat(r.successes()).isEqualTo(r.requests() - r.errorCount());
            assertThat(r.latencyMicros().getTotalCount()).isEqualTo(r.successes());
            assertThat(r.requestsPerSecond()).isCloseTo(r.successes() / 0.6, org.assertj.core.data.Offset.offset(0.01));
            assertThat(r.percentileMillis(50)).isPositive().isLessThanOrEqualTo(r.maxMillis());
            assertThat(r.unmeasuredErrors()).isBetween(0L, (long) uncounted); // answered after the window
        }
        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("[trivial-auth] GET", "-> HTTP 500", "injected failure");
        assertThat(printed.lines().filter(l -> l.contains("-> HTTP 500")).count())
                .isEqualTo(ScenarioRunner.ERROR_SAMPLES);
    }

    @Test
    @Timeout(10)
    void warmupIsNotMeasuredButItsErrorsAreCounted() throws Exception {
        try (FakeServer server = new FakeServer("admin", "pw", 0)) {
            Scenario.Target wrong = new Scenario.Target(server.uri(), "admin", "wrong", Duration.ofSeconds(2));
            // a measured window long enough for answers inside it also on a busy machine (a CI host runs
            // several builds; 300 ms sometimes saw none)
            ScenarioRunner runner = new ScenarioRunner(2, Duration.ofMillis(200), Duration.ofMillis(1500),
                    Duration.ofSeconds(2), logStream);

            ScenarioResult r = runner.run("trivial-auth", LoadDriver.requests(Scenario.TRIVIAL_AUTH, wrong, 1));

            assertThat(r.successes()).isZero();
            assertThat(r.errors()).containsOnlyKeys("HTTP 401");
            assertThat(r.unmeasuredErrors()).isPositive();
            assertThat(r.requests() + r.unmeasuredErrors()).isLessThanOrEqualTo(server.requests.get());
            assertThat(r.requestsPerSecond()).isZero();
            assertThat(r.errorSummary()).contains("HTTP 401×", "outside the measured window");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("-> HTTP 401", "bad credentials");
    }

    @Test
    @Timeout(10)
    void aSteadyServerEndsTheWarmUpEarlyAndTheMeasurementLastsItsDurationFromThen() throws Exception {
        try (FakeServer server = new FakeServer("admin", "pw", 0)) {
            Scenario.Target target = new Scenario.Target(server.uri(), "admin", "pw", Duration.ofSeconds(2));
            // each worker sends on a fixed schedule (one request per 2 ms, a late one catching up), so every window
            // holds the same number of requests however the threads are scheduled
            long t0 = System.nanoTime();
            java.util.function.IntFunction<java.util.function.Supplier<java.net.http.HttpRequest>> paced = worker -> {
                long[] sent = {0};
                return () -> {
                    long due = t0 + sent[0]++ * 2_000_000L;
                    while (System.nanoTime() - due < 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    }
                    return target.get(Scenario.HEALTH, false);
                };
            };
            // at least 100 ms, windows of 200 ms, at most 5 s: a steady rate needs six windows after the minimum
            ScenarioRunner runner = new ScenarioRunner(2, Duration.ofMillis(100), Duration.ofSeconds(5),
                    Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(2), logStream);

            long start = System.nanoTime();
            ScenarioResult r = runner.run("trivial", paced);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(r.successes()).isPositive();
            assertThat(r.errors()).isEmpty();
            assertThat(tookMillis).as("warm-up ended before its longest: %s", log.toString(StandardCharsets.UTF_8))
                    .isLessThan(5000);
            assertThat(r.requests()).as("the warm-up's answers are not counted").isLessThan(server.requests.get());
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).containsPattern("trivial: warmed up for \\d+ s, rate steady");
    }

    @Test
    @Timeout(10)
    void withoutASteadyRateTheLongestWarmUpIsUsedAndSaid() throws Exception {
        try (FakeServer server = new FakeServer("admin", "pw", 0)) {
            Scenario.Target target = new Scenario.Target(server.uri(), "admin", "pw", Duration.ofSeconds(2));
            java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
            // each worker slows itself down more and more: the rate keeps falling
            java.util.function.IntFunction<java.util.function.Supplier<java.net.http.HttpRequest>> slowing = worker -> () -> {
                try {
                    Thread.sleep(made.incrementAndGet() / 20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return target.get(Scenario.HEALTH, false);
            };
            ScenarioRunner runner = new ScenarioRunner(2, Duration.ZERO, Duration.ofMillis(1200),
                    Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofSeconds(2), logStream);

            ScenarioResult r = runner.run("trivial", slowing);

            assertThat(r.errors()).isEmpty();
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("the longest warm-up; rate not yet steady");
    }

    @Test
    @Timeout(10)
    void connectionFailuresAreCountedAsExceptions() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Scenario.Target nowhere = new Scenario.Target(URI.create("http://127.0.0.1:" + port), "admin", "pw",
                Duration.ofSeconds(1));
        ScenarioRunner runner = new ScenarioRunner(2, Duration.ZERO, Duration.ofMillis(200), Duration.ofSeconds(1),
                logStream);

        ScenarioResult r = runner.run("trivial", LoadDriver.requests(Scenario.TRIVIAL, nowhere, 1));

        assertThat(r.successes()).isZero();
        assertThat(r.errorCount()).isPositive().isEqualTo(r.requests());
        assertThat(r.errors()).containsOnlyKeys("ConnectException");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("java.net.ConnectException");
    }

    @Test
    @Timeout(10)
    void aServerThatNeverAnswersIsBoundedByTheRequestTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Scenario.Target target = new Scenario.Target(URI.create("http://127.0.0.1:" + silent.getLocalPort()),
                    "admin", "pw", Duration.ofSeconds(1));
            ScenarioRunner runner = new ScenarioRunner(2, Duration.ZERO, Duration.ofMillis(200),
                    Duration.ofSeconds(1), logStream);

            long start = System.nanoTime();
            ScenarioResult r = runner.run("trivial", LoadDriver.requests(Scenario.TRIVIAL, target, 1));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
            assertThat(r.requests()).isZero();
            assertThat(r.unmeasuredErrors()).isEqualTo(2); // each worker's one request timed out after the window
            assertThat(r.errorSummary()).isEqualTo("2 outside the measured window");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("SocketTimeoutException"); // the worker's socket read timed out
    }

    @Test
    @Timeout(5)
    void joinAllInterruptsThreadsThatOutliveTheDeadline() {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        Thread stuck = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stuck.start();

        ScenarioRunner.joinAll(java.util.List.of(stuck), System.nanoTime() + 100_000_000L);

        assertThat(stuck.isAlive()).isFalse();
    }
}
