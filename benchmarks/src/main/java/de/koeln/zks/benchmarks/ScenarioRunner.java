package de.koeln.zks.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

import de.koeln.zks.benchmarks.http.Http1Connection;

/**
 * Runs one scenario with N closed-loop workers: each worker owns one HTTP/1.1 connection and sends its next
 * request as soon as the previous answer has been read. Nothing is paced or slept. The warm-up lasts at least
 * {@code warmup}; when {@code maxWarmup} is longer, it goes on until the rate is {@link Steadiness steady} or
 * {@code maxWarmup} has passed, and the measurement starts then. Every worker stops at the end of warm-up plus
 * duration; a request cannot outlive the timeout, so a run is bounded by {@code maxWarmup + duration + timeout}
 * (plus a short grace period).
 */
public final class ScenarioRunner {

    /** Highest latency the histograms can hold (larger values are clamped): one hour in microseconds. */
    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    static final int ERROR_SAMPLES = 5;
    static final Duration GRACE = Duration.ofSeconds(2);

    private final int connections;
    private final Duration warmup;
    private final Duration maxWarmup;
    private final Duration window;
    private final Duration duration;
    private final Duration timeout;
    private final PrintStream log;

    /** A fixed warm-up. */
    public ScenarioRunner(int connections, Duration warmup, Duration duration, Duration timeout, PrintStream log) {
        this(connections, warmup, warmup, duration, timeout, log);
    }

    /** A warm-up of at least {@code warmup} that lasts until the rate is steady, at most {@code maxWarmup}. */
    public ScenarioRunner(int connections, Duration warmup, Duration maxWarmup, Duration duration, Duration timeout,
                          PrintStream log) {
        this(connections, warmup, maxWarmup, Steadiness.WINDOW, duration, timeout, log);
    }

    ScenarioRunner(int connections, Duration warmup, Duration maxWarmup, Duration window, Duration duration,
                   Duration timeout, PrintStream log) {
        this.window = window;
        this.connections = connections;
        this.warmup = warmup;
        this.maxWarmup = maxWarmup.compareTo(warmup) < 0 ? warmup : maxWarmup;
        this.duration = duration;
        this.timeout = timeout;
        this.log = log;
    }

    /** One client per worker: HTTP/1.1, no redirects, so N workers hold exactly N connections. */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    /**
     * Sends a request synchronously (measurably cheaper than {@code sendAsync().get()}). The request's own
     * timeout bounds the wait for the answer; {@link #joinAll} interrupts whatever still hangs after that.
     */
    static Outcome exchange(HttpClient client, HttpRequest request) {
        try {
            // bytes, decoded only when looked at (error samples, totals): the driver must not be the bottleneck
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(r.statusCode(), r.body(), null);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(e);
        }
    }

    /** The same over one of the measuring workers' own connections. */
    static Outcome exchange(Http1Connection connection, HttpRequest request) {
        try {
            Http1Connection.Response r = connection.exchange(request);
            return new Outcome(r.status(), r.body(), null);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(e);
        }
    }

    /**
     * Waits for the threads until {@code deadlineNanos}; threads still running then (a request stuck beyond
     * its timeout) are interrupted, so the caller never waits without bound.
     */
    static void joinAll(List<Thread> threads, long deadlineNanos) {
        try {
            for (Thread t : threads) {
                long leftMillis = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
                t.join(leftMillis);
                if (t.isAlive()) {
                    t.interrupt();
                    t.join(GRACE.toMillis());
                }
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        }
    }

    /** Either a response (status and body) or the reason there is none ({@code failure}, status 0). */
    record Outcome(int status, byte[] bytes, Throwable failure) {
        static Outcome failed(Throwable failure) {
            return new Outcome(0, new byte[0], failure);
        }

        boolean hasResponse() {
            return failure == null;
        }

        boolean ok() {
            return failure == null && status / 100 == 2;
        }

        /** The body as text (UTF-8), or "" without a response. */
        String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * @param name               scenario name for the result and the error samples
     * @param requestsForWorker  worker index -> source of that worker's requests (called on the worker thread)
     */
    public ScenarioResult run(String name, IntFunction<Supplier<HttpRequest>> requestsForWorker) {
        ErrorSamples samples = new ErrorSamples(name, ERROR_SAMPLES, log);
        long start = System.nanoTime();
        Phase phase = new Phase(start + maxWarmup.toNanos(), duration.toNanos());
        if (maxWarmup.equals(warmup)) {
            phase.measureFrom(start + warmup.toNanos());
        }
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(new Worker(requestsForWorker.apply(i), samples, phase));
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            Thread t = new Thread(workers.get(i), "zks-load-" + name + "-" + i);
            t.start();
            threads.add(t);
        }
        if (!maxWarmup.equals(warmup)) {
            warmUntilSteady(name, start, phase);
        }
        joinAll(threads, phase.measureEnd + timeout.toNanos() + GRACE.toNanos());
        Histogram all = newHistogram();
        long requests = 0;
        long unmeasuredErrors = 0;
        List<Map<String, Long>> errors = new ArrayList<>();
        for (Worker w : workers) {
            all.add(w.histogram);
            requests += w.completed;
            unmeasuredErrors += w.unmeasuredErrors;
            errors.add(w.errors);
        }
        return new ScenarioResult(name, requests, ScenarioResult.merge(errors), unmeasuredErrors,
                duration.toNanos() / 1e9, all);
    }

    /**
     * Counts the warm-up's answers per window ({@link Steadiness#WINDOW}) after the minimum warm-up and starts the
     * measurement once the rate is steady or the longest warm-up has passed.
     */
    private void warmUntilSteady(String name, long start, Phase phase) {
        long window = this.window.toNanos();
        long latest = start + maxWarmup.toNanos();
        long next = start + warmup.toNanos();
        sleepUntil(next);
        long counted = phase.warmAnswers.sum();
        List<Long> windows = new ArrayList<>();
        while (next + window - latest <= 0) {
            next += window;
            sleepUntil(next);
            long now = phase.warmAnswers.sum();
            windows.add(now - counted);
            counted = now;
            if (Steadiness.steady(windows)) {
                break;
            }
        }
        long from = System.nanoTime();
        phase.measureFrom(from);
        List<String> rates = windows.stream().skip(Math.max(0, windows.size() - 2 * Steadiness.PAIRS))
                .map(c -> String.format(java.util.Locale.ROOT, "%.0f", c * 1e9 / window))
                .toList();
        log.printf(java.util.Locale.ROOT, "  %s: warmed up for %d s, %s (last windows: %s req/s)%n", name,
                TimeUnit.NANOSECONDS.toSeconds(from - start),
                Steadiness.steady(windows) ? "rate steady" : "the longest warm-up; rate not yet steady",
                String.join(", ", rates));
    }

    private static void sleepUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while warming up", e);
            }
        }
    }

    /** When measuring starts and ends; set once the warm-up is over (read by every worker for each answer). */
    private static final class Phase {
        private final long durationNanos;
        private final java.util.concurrent.atomic.LongAdder warmAnswers = new java.util.concurrent.atomic.LongAdder();
        private volatile long measureStart;
        private volatile long measureEnd;

        Phase(long latestStart, long durationNanos) {
            this.durationNanos = durationNanos;
            this.measureStart = latestStart;
            this.measureEnd = latestStart + durationNanos;
        }

        void measureFrom(long startNanos) {
            measureEnd = startNanos + durationNanos;
            measureStart = startNanos;
        }
    }

    private final class Worker implements Runnable {
        private final Supplier<HttpRequest> source;
        private final ErrorSamples samples;
        private final Phase phase;
        private final Histogram histogram = newHistogram();
        private final Map<String, Long> errors = new HashMap<>();
        private long completed;
        private long unmeasuredErrors;

        Worker(Supplier<HttpRequest> requests, ErrorSamples samples, Phase phase) {
            this.source = requests;
            this.samples = samples;
            this.phase = phase;
        }

        @Override
        public void run() {
            try (Http1Connection connection = new Http1Connection(timeout)) {
                loop(connection);
            }
        }

        private void loop(Http1Connection connection) {
            while (System.nanoTime() - phase.measureEnd < 0 && !Thread.currentThread().isInterrupted()) {
                HttpRequest request;
                try {
                    request = source.get();
                } catch (RuntimeException e) {
                    samples.exception("BUILD", "-", e);
                    count(ErrorSamples.exceptionKey(e), true);
                    return; // a broken request generator would fail every time
                }
                long t0 = System.nanoTime();
                Outcome outcome = exchange(connection, request);
                long t1 = System.nanoTime();
                long measureStart = phase.measureStart;
                boolean measured = t1 - measureStart >= 0 && t1 - phase.measureEnd <= 0;
                if (t1 - measureStart < 0) {
                    phase.warmAnswers.increment();
                }
                if (outcome.ok()) {
                    if (measured) {
                        completed++;
                        histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (t1 - t0) / 1000)));
                    }
                } else if (outcome.hasResponse()) {
                    int status = outcome.status();
                    samples.status(request.method(), request.uri().toString(), status, outcome.body());
                    count(ErrorSamples.statusKey(status), measured);
                } else {
                    samples.exception(request.method(), request.uri().toString(), outcome.failure());
                    count(ErrorSamples.exceptionKey(outcome.failure()), measured);
                }
            }
        }

        private void count(String key, boolean measured) {
            if (measured) {
                completed++;
                errors.merge(key, 1L, Long::sum);
            } else {
                unmeasuredErrors++;
            }
        }
    }
}
