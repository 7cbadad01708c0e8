package de.koeln.zks.benchmarks.alarm;

import de.koeln.zks.benchmarks.Targets.Check;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Silent alarm delivery benchmark for an already started distribution. Opens N event streams
 * ({@code GET /api/alarm/stream}), raises drill alarms at a fixed rate and measures how long each RAISED event
 * takes to reach every subscriber, whether any subscriber misses one or gets one twice, the same across a
 * disconnect / reconnect with {@code Last-Event-ID}, and whether the server forgets the closed streams.
 *
 * <p>Phases: setup (group and point pool), open streams, warm-up, live (measured), reconnect (gap, reconnect,
 * live again), close and drain. Exit status: 0 run complete (also when a target FAILed), 1 server not
 * reachable or setup failed, 2 bad arguments.
 */
public final class AlarmLatencyDriver {

    static final int EXIT_OK = 0;
    static final int EXIT_UNREACHABLE = 1;
    static final int EXIT_USAGE = 2;
    static final Duration DRAIN_POLL = Duration.ofMillis(250);

    /** Everything a run produced; the phases etc. are null when it ended before measuring. */
    record RunResult(int exitCode, PhaseResult live, PhaseResult reconnect, Deliveries.Replay replay, Drain drain,
                     CpuUsage.Sample liveCpu, List<Check> checks, Problems problems) {
        static RunResult failed(int exitCode, Problems problems) {
            return new RunResult(exitCode, null, null, null, null, null, List.of(), problems);
        }
    }

    private final AlarmOptions o;
    private final PrintStream out;
    private final AlarmApi api;
    private final Tokens tokens = new Tokens();
    private final Latencies latencies = new Latencies();
    private final Problems problems = new Problems();
    private final Subscribers subscribers;
    private final AlarmGenerator generator;
    private CpuUsage.Sample liveCpu;

    private AlarmLatencyDriver(AlarmOptions o, PrintStream out, ExecutorService executor) {
        this.o = o;
        this.out = out;
        this.api = new AlarmApi(o.url(), o.user(), o.password().orElseThrow(), o.requestTimeout(), executor,
                o.streamThreads());
        this.subscribers = new Subscribers(api, tokens, latencies, problems, o.requestTimeout(), o.subscribers());
        this.generator = new AlarmGenerator(api, tokens, new PointPool(o.points()), problems, o.rate());
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        return measure(args, env, out).exitCode();
    }

    static RunResult measure(String[] args, Map<String, String> env, PrintStream out) {
        AlarmOptions o;
        try {
            o = AlarmOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println(AlarmOptions.usage());
            return RunResult.failed(EXIT_USAGE, new Problems());
        }
        if (o.help()) {
            out.println(AlarmOptions.usage());
            return RunResult.failed(EXIT_OK, new Problems());
        }
        if (o.password().isEmpty()) {
            out.println("error: every alarm request authenticates; set " + AlarmOptions.ENV_PASSWORD
                    + " or pass --password=...");
            return RunResult.failed(EXIT_USAGE, new Problems());
        }
        out.printf(Locale.ROOT, "ZKS silent alarm driver: %s as '%s', %d subscribers, %s alarms/s, %s s warm-up"
                        + " + %s s live, reconnect gap %s s + %s s, %d points%n", o.url(), o.user(),
                o.subscribers(), AlarmTargets.rate(o.rate()), secs(o.warmup()), secs(o.duration()),
                secs(o.reconnectGap()), secs(o.afterReconnect()), o.points());
        warnIfNotLoopback(o, out);
        warnIfFewFileDescriptors(o, out);
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads("zks-alarm-http-"));
        AlarmLatencyDriver driver = new AlarmLatencyDriver(o, out, executor);
        try {
            return driver.execute();
        } finally {
            driver.api.closeStreams();
            executor.shutdown();
        }
    }

    private RunResult execute() {
        AlarmApi.Answer first = api.send(api.subscribersRequest());
        if (first.failure() != null) {
            out.println("error: cannot reach " + o.url() + AlarmApi.SUBSCRIBERS + ": " + first.describe()
                    + " - is the distribution started?");
            return RunResult.failed(EXIT_UNREACHABLE, problems);
        }
        OptionalLong baseline = first.ok() ? AlarmApi.parseCount(first.body()) : OptionalLong.empty();
        if (baseline.isEmpty()) {
            out.println("error: GET " + AlarmApi.SUBSCRIBERS + " -> " + first.describe()
                    + (first.ok() ? " (no \"count\")" : " - is the silent-alarm module installed, is '" + o.user()
                    + "' an admin?"));
            return RunResult.failed(EXIT_UNREACHABLE, problems);
        }
        if (baseline.getAsLong() > 0) {
            out.printf("note: the server already counts %d open streams (other clients); they stay part of the"
                    + " count%n", baseline.getAsLong());
        }
        try {
            AlarmSetup.Result setup = AlarmSetup.run(api, o.user(), o.points());
            out.printf(Locale.ROOT, "setup: group %s %s; points BENCH-001..%s: %d created, %d replaced%n",
                    AlarmApi.GROUP, setup.group(), PointPool.id(o.points()), setup.created(), setup.replaced());
        } catch (AlarmSetup.SetupException e) {
            out.println("error: setup failed: " + e.getMessage());
            return RunResult.failed(EXIT_UNREACHABLE, problems);
        }

        out.printf(Locale.ROOT, "opening %d streams (at most %d connecting at a time) ...%n", o.subscribers(),
                Subscribers.MAX_CONNECTING);
        Subscribers.OpenResult opened = subscribers.connect(subscribers.all(), 1);
        List<Subscriber> active = subscribers.open();
        out.printf(Locale.ROOT, "  %d of %d streams answered 200 in %.1f s%s%n", opened.opened(),
                opened.attempted(), opened.took().toMillis() / 1000.0,
                opened.failed() > 0 ? "; failed: " + problems.summary() : "");
        if (active.isEmpty()) {
            AlarmReport.problems(problems).forEach(out::println);
            out.println("error: no event stream could be opened");
            subscribers.closeAll();
            return RunResult.failed(EXIT_UNREACHABLE, problems);
        }
        long wanted = baseline.getAsLong() + active.size();
        OptionalLong[] counted = {OptionalLong.empty()};
        boolean allCounted = Await.until(() -> {
            counted[0] = subscriberCount();
            return counted[0].isPresent() && counted[0].getAsLong() >= wanted;
        }, o.requestTimeout(), DRAIN_POLL);
        out.printf(Locale.ROOT, "  server counts %s open streams (%s %d)%n", text(counted[0]),
                allCounted ? "≥" : "WARNING: expected at least", wanted);

        PhaseResult live;
        PhaseResult reconnect;
        Deliveries.Replay replay;
        long closedNanos;
        try {
            generator.live(o.warmup().isZero()); // without warm-up the very first alarm is measured
            generator.start();
            if (!o.warmup().isZero()) {
                out.printf(Locale.ROOT, "warm-up: raising alarms for %s s (not measured) ...%n", secs(o.warmup()));
                Await.untilNanos(System.nanoTime() + o.warmup().toNanos());
            }
            live = livePhase(active);
            reconnect = reconnectPhase(active);
            replay = Deliveries.replay(active, tokens.all());
        } finally {
            generator.stop();
            subscribers.closeAll();
            closedNanos = System.nanoTime();
        }
        out.printf(Locale.ROOT, "closed all streams; waiting up to %s s for the server to count them gone ...%n",
                secs(o.drainTimeout()));
        if (!generator.awaitIdle(o.requestTimeout().multipliedBy(2))) {
            out.println("warning: some triggers or closes were still unanswered at the end");
        }
        Drain drain = drain(baseline.getAsLong(), closedNanos);

        List<Check> checks = AlarmTargets.evaluate(live, reconnect, drain, o.rate(), problems, liveCpu);
        out.println();
        out.println("Results");
        out.println(AlarmReport.header());
        out.println(AlarmReport.line(live));
        out.println(AlarmReport.line(reconnect));
        out.println(AlarmReport.replay(replay));
        out.println(AlarmReport.drain(drain));
        out.printf(Locale.ROOT, "streams ended unexpectedly: %d live, %d after reconnect%n", live.streamEnds(),
                reconnect.streamEnds());
        out.println("cpu during the live phase: " + liveCpu.describe());
        if (liveCpu.machineBusy()) {
            out.println("warning: this machine was CPU-bound during the live phase; the latencies include waiting"
                    + " for a CPU (driver and server compete), not only the server's own delay");
        }
        AlarmReport.problems(problems).forEach(out::println);
        out.println();
        out.println("Targets");
        checks.forEach(c -> out.println(AlarmReport.check(c)));
        o.markdown().ifPresent(file -> appendMarkdown(file, AlarmReport.markdown(setup(active.size(), liveCpu),
                List.of(live, reconnect), replay, drain, problems, checks)));
        return new RunResult(EXIT_OK, live, reconnect, replay, drain, liveCpu, checks, problems);
    }

    private PhaseResult livePhase(List<Subscriber> active) {
        out.printf(Locale.ROOT, "live: measuring %s s ...%n", secs(o.duration()));
        CpuUsage cpu = new CpuUsage();
        cpu.start();
        generator.live(true);
        Await.untilNanos(System.nanoTime() + o.duration().toNanos());
        generator.live(false);
        liveCpu = cpu.stop();
        Await.until(() -> tokens.all().stream().noneMatch(t -> t.live
                && t.outcome() == Tokens.Outcome.PENDING), o.requestTimeout().plusSeconds(1));
        Await.until(() -> Deliveries.liveComplete(active, tokens.all()), o.grace());
        PhaseResult live = Deliveries.live(active, tokens.all(), latencies.takeLive());
        out.println(AlarmReport.header());
        out.println(AlarmReport.line(live));
        return live;
    }

    private PhaseResult reconnectPhase(List<Subscriber> active) {
        out.printf(Locale.ROOT, "reconnect: closing all streams, alarms continue; reconnecting with Last-Event-ID"
                + " after %s s ...%n", secs(o.reconnectGap()));
        active.forEach(Subscriber::disconnect);
        Await.untilNanos(System.nanoTime() + o.reconnectGap().toNanos());
        Subscribers.OpenResult re = subscribers.connect(active, 2);
        out.printf(Locale.ROOT, "  %d of %d streams reopened in %.1f s; alarms continue for %s s ...%n",
                re.opened(), re.attempted(), re.took().toMillis() / 1000.0, secs(o.afterReconnect()));
        Await.untilNanos(System.nanoTime() + o.afterReconnect().toNanos());
        generator.stop();
        Await.until(() -> tokens.pending() == 0, o.requestTimeout().plusSeconds(1));
        Await.until(() -> Deliveries.reconnectComplete(active, tokens.all()), o.grace());
        PhaseResult reconnect = Deliveries.reconnect(active, tokens.all(), latencies.takeReconnect());
        out.println(AlarmReport.header());
        out.println(AlarmReport.line(reconnect));
        return reconnect;
    }

    /**
     * Polls the subscriber count until it is back at the baseline or the drain timeout (counted from closing the
     * streams) has passed.
     */
    private Drain drain(long baseline, long closedNanos) {
        Duration left = o.drainTimeout().minusNanos(System.nanoTime() - closedNanos);
        OptionalLong[] last = {OptionalLong.empty()};
        boolean reached = Await.until(() -> {
            OptionalLong c = subscriberCount();
            if (c.isPresent()) {
                last[0] = c;
            }
            return c.isPresent() && c.getAsLong() <= baseline;
        }, left.isNegative() ? Duration.ZERO : left, DRAIN_POLL);
        return new Drain(baseline, last[0], Duration.ofNanos(System.nanoTime() - closedNanos), reached);
    }

    private OptionalLong subscriberCount() {
        AlarmApi.Answer a = api.send(api.subscribersRequest());
        if (!a.ok()) {
            problems.add("subscribers " + a.key(), "GET " + AlarmApi.SUBSCRIBERS + " -> " + a.describe());
            return OptionalLong.empty();
        }
        return AlarmApi.parseCount(a.body());
    }

    private void appendMarkdown(String file, String markdown) {
        try {
            Path path = Path.of(file);
            Files.writeString(path, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            out.println("Markdown appended to " + path.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            out.println("error: cannot write " + file + ": " + e);
        }
    }

    private String setup(int opened, CpuUsage.Sample cpu) {
        return String.format(Locale.ROOT, "Silent alarm delivery, measured %s against %s with `zks-benchmarks`"
                        + " AlarmLatencyDriver (Java %s, %s, %d cores): %d of %d subscriber streams open, read by %d"
                        + " thread(s), %s alarms/s on %d points, %s s warm-up + %s s live, reconnect gap %s s + %s s;"
                        + " CPU during the live phase: %s.",
                OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES), o.url(), System.getProperty("java.version"),
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), opened, o.subscribers(),
                o.streamThreads(), AlarmTargets.rate(o.rate()), o.points(), secs(o.warmup()), secs(o.duration()),
                secs(o.reconnectGap()), secs(o.afterReconnect()), cpu.describe());
    }

    static String secs(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.1f", s);
    }

    private static String text(OptionalLong v) {
        return v.isPresent() ? String.valueOf(v.getAsLong()) : "an unknown number of";
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void warnIfNotLoopback(AlarmOptions o, PrintStream out) {
        try {
            if (!InetAddress.getByName(o.url().getHost()).isLoopbackAddress()) {
                out.println("note: " + o.url().getHost() + " is not a loopback address - network latency is part"
                        + " of the numbers; only load servers you are responsible for");
            }
        } catch (UnknownHostException e) {
            out.println("note: cannot resolve " + o.url().getHost() + ": " + e.getMessage());
        }
    }

    /** Each stream holds a socket (and the server one more if it runs here): warn before the limit bites. */
    private static void warnIfFewFileDescriptors(AlarmOptions o, PrintStream out) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean) {
            long max = ((com.sun.management.UnixOperatingSystemMXBean) os).getMaxFileDescriptorCount();
            if (max < o.subscribers() + 256L) {
                out.printf(Locale.ROOT, "warning: this process may open only %d files, but %d streams need as many"
                        + " sockets; raise the limit (ulimit -n)%n", max, o.subscribers());
            }
        }
    }
}
