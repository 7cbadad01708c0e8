package de.koeln.zks.benchmarks.inspections;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.koeln.zks.benchmarks.CommandLine;
import de.koeln.zks.benchmarks.Options;

/** The command line of {@link OverdueMeasures}. */
public record OverdueOptions(URI url, String user, Optional<String> password, int measures, int perFinding, int units,
        int workers, int donePercent, int duePercent, int connections, Duration warmup, Duration duration,
        Duration driverWarmup, int deepPages, Duration requestTimeout, Duration seedTimeout, long seed,
        Optional<String> markdown, boolean help) {
    private static final Set<String> KEYS = Set.of("url", "user", "password", "measures", "per-finding", "units", "workers",
        "done-percent", "due-percent", "connections", "warmup", "duration", "driver-warmup", "deep-pages", "timeout",
        "seed-timeout", "seed", "markdown", "help");

    public static OverdueOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> v = CommandLine.parse(args, KEYS);
        return new OverdueOptions(CommandLine.url(v.getOrDefault("url", "http://localhost:8181")),
            v.getOrDefault("user", "admin"),
            Optional.ofNullable(v.containsKey("password") ? v.get("password") : env.get(Options.ENV_PASSWORD))
                .filter(p -> !p.isEmpty()),
            (int) CommandLine.number(v, "measures", 50_000, 0, 10_000_000), (int) CommandLine.number(v, "per-finding", 4, 1, 100),
            (int) CommandLine.number(v, "units", 40, 1, 10_000), (int) CommandLine.number(v, "workers", 8, 1, 256),
            (int) CommandLine.number(v, "done-percent", 10, 0, 100), (int) CommandLine.number(v, "due-percent", 30, 1, 100),
            (int) CommandLine.number(v, "connections", 8, 1, 4096), Duration.ofSeconds(CommandLine.number(v, "warmup", 10, 0, 86_400)),
            Duration.ofSeconds(CommandLine.number(v, "duration", 20, 1, 86_400)),
            Duration.ofSeconds(CommandLine.number(v, "driver-warmup", 10, 0, 86_400)), (int) CommandLine.number(v, "deep-pages", 20, 1, 100_000),
            Duration.ofSeconds(CommandLine.number(v, "timeout", 10, 1, 600)), Duration.ofSeconds(CommandLine.number(v, "seed-timeout", 3600, 1, 86_400)),
            CommandLine.number(v, "seed", 20270331L, 0, Long.MAX_VALUE), Optional.ofNullable(v.get("markdown")).filter(m -> !m.isBlank()),
            v.containsKey("help"));
    }


    public static String usage() {
        return String.join(System.lineSeparator(),
            "usage: benchmarks/inspections.sh [--key=value ...]",
            "  Seeds measures of inspections through REST until --measures are stored (plans inspections with the shipped",
            "  counter checklist, answers every item DEFICIENT, completes them, adds measures to the findings), then",
            "  measures the list of measures that will be overdue by a date (dueBefore), per owner unit, deeper pages and",
            "  overdue=true with closed-loop connections. The user needs the role security-manager or admin.",
            "  --url=<base url>        server (default http://localhost:8181)",
            "  --user=<name>           Basic auth user (default admin)",
            "  --password=<secret>     password (default: environment variable " + Options.ENV_PASSWORD + ")",
            "  --measures=<n>          seed until at least n measures are stored (default 50000, 0 = no seeding)",
            "  --per-finding=<n>       measures added to each finding (default 4)",
            "  --units=<n>             owner units the measures are spread over (default 40)",
            "  --workers=<n>           parallel seeding workers (default 8)",
            "  --done-percent=<p>      share of the seeded measures reported done (default 10)",
            "  --due-percent=<p>       dueBefore is the first date by which at least p % of the open measures are due"
                + " (default 30)",
            "  --connections=<n>       closed-loop connections per scenario (default 8: more saturate two cores, see docs/performance.md)",
            "  --warmup=<seconds>      unmeasured warm-up per scenario (default 10)",
            "  --duration=<seconds>    measured time per scenario (default 20)",
            "  --driver-warmup=<secs>  unmeasured requests of all scenarios before the first (default 10, 0 = none)",
            "  --deep-pages=<n>        due-before-deep reads a random page 2..n+1 of the list (default 20)",
            "  --timeout=<seconds>     per-request timeout (default 10)",
            "  --seed-timeout=<secs>   upper bound of the seeding phase (default 3600)",
            "  --seed=<n>              random seed of due dates, units and the pages read (default 20270331)",
            "  --markdown=<path>       also write setup, seeding and results as Markdown to this file",
            "  --help                  print this text");
    }
}
