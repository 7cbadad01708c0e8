package de.koeln.zks.benchmarks.training;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.koeln.zks.benchmarks.CommandLine;
import de.koeln.zks.benchmarks.Options;

/** The command line of {@link RegistrationBurst}. */
public record BurstOptions(URI url, String user, Optional<String> password, int registrants, int capacity, int rounds,
        Optional<String> markdown, boolean help) {
    private static final Set<String> KEYS = Set.of("url", "user", "password", "registrants", "capacity", "rounds",
        "markdown", "help");

    public static BurstOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> v = CommandLine.parse(args, KEYS);
        int registrants = positive(v, "registrants", 500);
        int capacity = positive(v, "capacity", 20);
        if (capacity > 1000) {
            throw new IllegalArgumentException("--capacity is at most 1000 (a session's limit)");
        }
        return new BurstOptions(CommandLine.url(v.getOrDefault("url", "http://127.0.0.1:8181")), v.getOrDefault("user", "admin"),
            Optional.ofNullable(v.containsKey("password") ? v.get("password") : env.get(Options.ENV_PASSWORD))
                .filter(p -> !p.isEmpty()),
            registrants, capacity, positive(v, "rounds", 5), Optional.ofNullable(v.get("markdown")), v.containsKey("help"));
    }

    private static int positive(Map<String, String> v, String key, int fallback) {
        if (!v.containsKey(key)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get(key));
            if (n < 1) {
                throw new IllegalArgumentException("--" + key + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " is not a number: " + v.get(key));
        }
    }

    public static String usage() {
        return String.join("\n",
            "usage: benchmarks/training.sh [--url=http://127.0.0.1:8181] [--user=admin] [--password=...]",
            "       [--registrants=500] [--capacity=20] [--rounds=5] [--markdown=<file>]",
            "  Each round plans a new session of a benchmark course and sends all registrations at the same moment",
            "  (a security manager registering staff by name, one request each), then as many requests to the",
            "  platform's trivial endpoint the same way. The user needs the role security-manager or admin.",
            "  --password defaults to the environment variable " + Options.ENV_PASSWORD + ".");
    }
}
