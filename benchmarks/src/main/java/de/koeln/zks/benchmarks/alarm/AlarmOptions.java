package de.koeln.zks.benchmarks.alarm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.koeln.zks.benchmarks.CommandLine;

/**
 * Command line options of the silent-alarm latency driver, parsed from {@code --key=value} arguments. Times are
 * seconds and may have decimals ({@code --duration=0.5}); {@link #parse(String[], Map)} takes the environment as
 * a map so it can be tested.
 */
public final class AlarmOptions {

    public static final String ENV_PASSWORD = de.koeln.zks.benchmarks.Options.ENV_PASSWORD;

    private static final Set<String> KEYS = Set.of("url", "user", "password", "subscribers", "rate", "duration",
            "warmup", "points", "timeout", "markdown", "reconnect-gap", "after-reconnect", "grace", "drain-timeout",
            "stream-threads", "help");

    private final URI url;
    private final String user;
    private final String password;
    private final int subscribers;
    private final double rate;
    private final Duration duration;
    private final Duration warmup;
    private final int points;
    private final Duration requestTimeout;
    private final String markdown;
    private final Duration reconnectGap;
    private final Duration afterReconnect;
    private final Duration grace;
    private final Duration drainTimeout;
    private final int streamThreads;
    private final boolean help;

    private AlarmOptions(Map<String, String> v, Map<String, String> env) {
        help = v.containsKey("help");
        url = CommandLine.url(v.getOrDefault("url", "http://localhost:8181"));
        user = v.getOrDefault("user", "admin");
        password = v.containsKey("password") ? v.get("password") : env.get(ENV_PASSWORD);
        subscribers = (int) decimal(v, "subscribers", 1000, 1, 100_000, true);
        rate = decimal(v, "rate", 10, 0.01, 10_000, false);
        duration = seconds(v, "duration", 30, 0.1, 86_400);
        warmup = seconds(v, "warmup", 5, 0, 86_400);
        points = (int) decimal(v, "points", 200, 1, 100_000, true);
        requestTimeout = seconds(v, "timeout", 10, 0.1, 600);
        markdown = v.get("markdown");
        reconnectGap = seconds(v, "reconnect-gap", 3, 0, 3_600);
        afterReconnect = seconds(v, "after-reconnect", 5, 0.1, 3_600);
        grace = seconds(v, "grace", 5, 0, 600);
        drainTimeout = seconds(v, "drain-timeout", 60, 0, 3_600);
        streamThreads = (int) decimal(v, "stream-threads", 2, 1, 64, true);
    }

    /** Parses {@code --key=value} arguments; {@code --help} may stand alone. */
    public static AlarmOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> values = CommandLine.parse(args, KEYS);
        return new AlarmOptions(values, env);
    }

    public static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: AlarmLatencyDriver [--key=value ...]",
                "Measures how fast silent alarms reach the subscribers of /api/alarm/stream (Server-Sent Events),",
                "whether every subscriber gets every alarm exactly once, also across a reconnect with Last-Event-ID,",
                "and whether the server forgets closed streams. Times are seconds (decimals allowed).",
                "  --url=<base url>          server to measure (default http://localhost:8181)",
                "  --user=<name>             user for Basic auth; should be an admin, who receives every event"
                        + " (default admin)",
                "  --password=<secret>       password (default: environment variable " + ENV_PASSWORD + ")",
                "  --subscribers=<n>         concurrent stream subscribers (default 1000)",
                "  --rate=<alarms/s>         alarms raised per second, open loop (default 10)",
                "  --duration=<seconds>      measured time of the live phase (default 30)",
                "  --warmup=<seconds>        alarms raised but not measured before that (default 5)",
                "  --points=<n>              alarm points BENCH-001... used round-robin (default 200)",
                "  --reconnect-gap=<seconds> time all subscribers stay disconnected in the reconnect phase"
                        + " (default 3)",
                "  --after-reconnect=<secs>  alarms keep coming this long after the reconnect (default 5)",
                "  --grace=<seconds>         at most this long to wait for late deliveries after a phase (default 5)",
                "  --drain-timeout=<secs>    at most this long to wait for the server's stream count to be back at"
                        + " its value before the run after all streams were closed (default 60)",
                "  --timeout=<seconds>       per-request timeout, also for a stream's response headers (default 10)",
                "  --stream-threads=<n>      threads that read the event streams, each a selector over its share of"
                        + " the connections (default 2)",
                "  --markdown=<path>         append the results as Markdown tables to this file",
                "  --help                    print this text",
                "Exit status: 0 run complete (whatever the verdicts), 1 server not reachable or setup failed,"
                        + " 2 bad arguments.");
    }


    private static double decimal(Map<String, String> v, String key, double dflt, double min, double max,
                                  boolean whole) {
        String raw = v.get(key);
        if (raw == null) {
            return dflt;
        }
        BigDecimal n;
        try {
            n = new BigDecimal(raw.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a " + (whole ? "whole " : "") + "number: "
                    + raw);
        }
        if (whole && n.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("--" + key + " must be a whole number: " + raw);
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            throw new IllegalArgumentException("--" + key + " must be between " + fmt(min) + " and " + fmt(max)
                    + ": " + raw);
        }
        return d;
    }

    private static Duration seconds(Map<String, String> v, String key, double dflt, double min, double max) {
        return Duration.ofNanos(Math.round(decimal(v, key, dflt, min, max, false) * 1e9));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    public URI url() { return url; }
    public String user() { return user; }
    public Optional<String> password() { return Optional.ofNullable(password).filter(p -> !p.isEmpty()); }
    public int subscribers() { return subscribers; }
    public double rate() { return rate; }
    public Duration duration() { return duration; }
    public Duration warmup() { return warmup; }
    public int points() { return points; }
    public Duration requestTimeout() { return requestTimeout; }
    public Optional<String> markdown() { return Optional.ofNullable(markdown).filter(m -> !m.isBlank()); }
    public Duration reconnectGap() { return reconnectGap; }
    public Duration afterReconnect() { return afterReconnect; }
    public Duration grace() { return grace; }
    public Duration drainTimeout() { return drainTimeout; }
    public int streamThreads() { return streamThreads; }
    public boolean help() { return help; }
}
