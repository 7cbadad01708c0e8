package de.koeln.zks.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * When a warm-up may end: the server's rate has stopped rising. A freshly started server gets faster for minutes
 * while its JIT compiles the request paths (measured here: incident POSTs from 86 to 715 req/s over three minutes),
 * so a fixed warm-up of seconds measures the compiler, not the server. The warm-up is cut into windows of
 * {@link #WINDOW}, taken in pairs; it is steady when the last {@link #PAIRS} pairs (30 s) did as many requests as
 * each other, within {@link #TOLERANCE} of the smallest. Comparing pairs keeps one noisy window from ending or
 * prolonging it; asking three of them to agree keeps two pairs that match by chance while the rate still rises
 * from ending it (seen with two pairs: a POST warm-up ended after 55 s at 242–267 req/s, where other runs of the
 * same build settled at 630–880 req/s).
 */
public final class Steadiness {
    public static final Duration WINDOW = Duration.ofSeconds(5);
    public static final double TOLERANCE = 0.03;
    /** How many pairs of windows must agree. */
    public static final int PAIRS = 3;

    private Steadiness() {
    }

    /** Whether the rates (requests per window, oldest first) have levelled out. */
    public static boolean steady(List<Long> windows) {
        int n = windows.size();
        if (n < 2 * PAIRS) {
            return false;
        }
        long least = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        for (int pair = 0; pair < PAIRS; pair++) {
            long sum = windows.get(n - 1 - 2 * pair) + windows.get(n - 2 - 2 * pair);
            least = Math.min(least, sum);
            most = Math.max(most, sum);
        }
        if (least <= 0) {
            return most <= 0;
        }
        return (most - least) / (double) least <= TOLERANCE;
    }
}
