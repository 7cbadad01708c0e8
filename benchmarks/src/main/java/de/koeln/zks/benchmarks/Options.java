package de.koeln.zks.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command line options of the load driver, parsed from {@code --key=value} arguments.
 * Immutable; {@link #parse(String[], Map)} takes the environment as a map so it can be tested.
 */
public final class Options {

    public static final String ENV_PASSWORD = "ZKS_ADMIN_PASSWORD";
    public static final List<String> ALL_SCENARIOS = List.of(
            Scenario.TRIVIAL.id(), Scenario.TRIVIAL_AUTH.id(), Scenario.POST.id(), Scenario.GET_FILTERED.id());

    private static final Set<String> KEYS = Set.of("url", "user", "password", "connections", "duration", "warmup",
            "max-warmup", "driver-warmup", "server-warmup", "settle", "seed-total", "seed-timeout", "scenarios", "markdown", "timeout", "seed", "help");

    private final URI url;
    private final String user;
    private final String password;
    private final int connections;
    private final Duration duration;
    private final Duration warmup;
    private final Duration maxWarmup;
    private final Duration driverWarmup;
    private final Duration serverWarmup;
    private final Duration settle;
    private final long seedTotal;
    private final Duration seedTimeout;
    private final Duration requestTimeout;
    private final long randomSeed;
    private final List<Scenario> scenarios;
    private final String markdown;
    private final boolean help;

    private Options(Map<String, String> v, Map<String, String> env) {
        help = v.containsKey("help");
        url = CommandLine.url(v.getOrDefault("url", "http://localhost:8181"));
        user = v.getOrDefault("user", "admin");
        password = v.containsKey("password") ? v.get("password") : env.get(ENV_PASSWORD);
        connections = (int) CommandLine.number(v, "connections", 16, 1, 4096);
        duration = Duration.ofSeconds(CommandLine.number(v, "duration", 20, 1, 86_400));
        warmup = Duration.ofSeconds(CommandLine.number(v, "warmup", 5, 0, 86_400));
        long longest = CommandLine.number(v, "max-warmup", 180, 0, 86_400);
        maxWarmup = Duration.ofSeconds(Math.max(longest, warmup.toSeconds()));
        driverWarmup = Duration.ofSeconds(CommandLine.number(v, "driver-warmup", 20, 0, 86_400));
        serverWarmup = Duration.ofSeconds(CommandLine.number(v, "server-warmup", 240, 0, 86_400));
        settle = Duration.ofSeconds(CommandLine.number(v, "settle", 300, 0, 86_400));
        seedTotal = CommandLine.number(v, "seed-total", 100_000, 0, 100_000_000);
        seedTimeout = Duration.ofSeconds(CommandLine.number(v, "seed-timeout", 1800, 1, 86_400));
        requestTimeout = Duration.ofSeconds(CommandLine.number(v, "timeout", 10, 1, 600));
        randomSeed = CommandLine.number(v, "seed", 20261120L, 0, Long.MAX_VALUE);
        scenarios = parseScenarios(v.getOrDefault("scenarios", String.join(",", ALL_SCENARIOS)));
        markdown = v.get("markdown");
    }

    /** Parses {@code --key=value} arguments; {@code --help} may stand alone. */
    public static Options parse(String[] args, Map<String, String> env) {
        Map<String, String> values = CommandLine.parse(args, KEYS);
        return new Options(values, env);
    }

    public static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: LoadDriver [--key=value ...]",
                "  --url=<base url>        server to load (default http://localhost:8181)",
                "  --user=<name>           user for Basic auth; needs role security-manager (default admin)",
                "  --password=<secret>     password (default: environment variable " + ENV_PASSWORD + ")",
                "  --connections=<n>       closed-loop workers = HTTP/1.1 connections (default 16)",
                "  --duration=<seconds>    measured time per scenario (default 20)",
                "  --warmup=<seconds>      least unmeasured warm-up per scenario (default 5)",
                "  --max-warmup=<seconds>  after that, warm up until the rate is steady (each of the last three"
                        + " 10 s spans did as many requests as the others, within 3 %), at most this long (default 180;"
                        + " a value not above --warmup = a fixed warm-up)",
                "  --driver-warmup=<secs>  unmeasured requests before the first scenario, so that the driver's own"
                        + " JVM is warm too (default 20, 0 = none)",
                "  --server-warmup=<secs>  unmeasured requests of all selected scenarios, mixed, before the first"
                        + " scenario (after seeding), so that the server's JIT has compiled their paths: on two"
                        + " cores it compiled for about three minutes of load (default 240, 0 = none)",
                "  --settle=<secs>         before each scenario, wait at most this long until the machine's CPU load"
                        + " stayed below 25 % for 3 s (background work of earlier phases; default 300, 0 = don't)",
                "  --seed-total=<n>        before get-filtered, POST incidents until at least n are stored"
                        + " (default 100000, 0 = no seeding)",
                "  --seed-timeout=<secs>   upper bound for the seeding phase (default 1800)",
                "  --scenarios=<list>      comma list out of " + String.join(",", ALL_SCENARIOS) + " (default all)",
                "  --markdown=<path>       also write the results as a Markdown table to this file",
                "  --timeout=<seconds>     per-request timeout (default 10)",
                "  --seed=<n>              random seed for generated incidents and filters (default 20261120)",
                "  --help                  print this text");
    }



    private static List<Scenario> parseScenarios(String raw) {
        List<Scenario> list = new ArrayList<>();
        Set<Scenario> seen = new HashSet<>();
        for (String part : raw.split(",")) {
            String id = part.trim();
            if (id.isEmpty()) {
                continue;
            }
            Scenario s = Scenario.byId(id).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scenario '" + id + "', known: " + String.join(",", ALL_SCENARIOS)));
            if (seen.add(s)) {
                list.add(s);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("--scenarios names no scenario");
        }
        return List.copyOf(list);
    }

    /** True when a selected scenario sends credentials, so a password is required. */
    public boolean needsPassword() {
        return scenarios.stream().anyMatch(Scenario::authenticated);
    }

    public URI url() { return url; }
    public String user() { return user; }
    public Optional<String> password() { return Optional.ofNullable(password).filter(p -> !p.isEmpty()); }
    public int connections() { return connections; }
    public Duration duration() { return duration; }
    public Duration warmup() { return warmup; }
    public Duration maxWarmup() { return maxWarmup; }
    public Duration driverWarmup() { return driverWarmup; }
    public Duration serverWarmup() { return serverWarmup; }
    public Duration settle() { return settle; }
    public long seedTotal() { return seedTotal; }
    public Duration seedTimeout() { return seedTimeout; }
    public Duration requestTimeout() { return requestTimeout; }
    public long randomSeed() { return randomSeed; }
    public List<Scenario> scenarios() { return scenarios; }
    public Optional<String> markdown() { return Optional.ofNullable(markdown).filter(m -> !m.isBlank()); }
    public boolean help() { return help; }
}
