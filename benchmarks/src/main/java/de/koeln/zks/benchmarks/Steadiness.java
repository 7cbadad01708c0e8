package de.koeln.zks.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * When a warm-up may end: the server's rate has stopped rising. A freshly started server gets faster for minutes
 * while its JIT compiles the request paths (measured here: incident POSTs from 86 to 715 req/s over three minutes),
 * so a fixed warm-up of seconds measures the compiler, not the server. The warm-up is cut into windows of
 * {@link #WINDOW}; it is steady when the last two windows together did as many requests as the two before
 * them, within {@link #TOLERANCE}. Comparing pairs of windows keeps one noisy window from ending or prolonging it.
 */
public final class Steadiness {
    public static final Duration WINDOW = Duration.ofSeconds(5);
    public static final double TOLERANCE = 0.03;

    private Steadiness() {
    }

    /** Whether the rates (requests per window, oldest first) have levelled out. */
    public static boolean steady(List<Long> windows) {
        int n = windows.size();
        if (n < 4) {
            return false;
        }
        double recent = windows.get(n - 1) + windows.get(n - 2);
        double before = windows.get(n - 3) + windows.get(n - 4);
        if (before <= 0) {
            return recent <= 0;
        }
        return Math.abs(recent - before) / before <= TOLERANCE;
    }
}
