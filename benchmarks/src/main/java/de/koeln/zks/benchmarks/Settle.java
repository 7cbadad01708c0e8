package de.koeln.zks.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Waits before a scenario until the machine is quiet: what an earlier phase left the server to do in the
 * background (after 100,000 seeded incidents: the inspection suggestions and duty planning of each, minutes of
 * work) would otherwise run during the next scenario and be measured as its latency. Quiet means the machine's CPU
 * load stayed below {@link #QUIET} for {@link #QUIET_SECONDS} one-second samples in a row; the wait ends at
 * {@code limit} either way and says so. Only meaningful with the server on the same machine (the usual set-up
 * here); where the JVM cannot tell the machine's load, it does not wait.
 */
final class Settle {

    static final double QUIET = 0.25;
    static final int QUIET_SECONDS = 3;

    /** How long it waited, whether the machine became quiet, and its load before and at the end. */
    record Result(Duration waited, boolean quiet, double firstLoad, double lastLoad) {
        String describe() {
            return String.format(Locale.ROOT, "machine load %.0f %% -> %.0f %% after %.0f s%s", firstLoad * 100,
                    lastLoad * 100, waited.toMillis() / 1000.0, quiet ? "" : " (not quiet yet: measured anyway)");
        }
    }

    private final DoubleSupplier load;
    private final Sleeper sleeper;

    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    Settle(DoubleSupplier load, Sleeper sleeper) {
        this.load = load;
        this.sleeper = sleeper;
    }

    /** The machine's CPU load since the previous call (0..1, negative when unknown). */
    static Settle ofThisMachine() {
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean os) {
            os.getCpuLoad(); // starts the first sample window
            return new Settle(os::getCpuLoad, Thread::sleep);
        }
        return new Settle(() -> -1, Thread::sleep);
    }

    Result await(Duration limit) {
        double first = -1;
        double last = -1;
        int quietInARow = 0;
        long waitedMillis = 0;
        try {
            while (waitedMillis < limit.toMillis()) {
                sleeper.sleep(1000);
                waitedMillis += 1000;
                last = load.getAsDouble();
                if (last < 0) {
                    return new Result(Duration.ofMillis(waitedMillis), true, first, last);
                }
                if (first < 0) {
                    first = last;
                }
                quietInARow = last < QUIET ? quietInARow + 1 : 0;
                if (quietInARow >= QUIET_SECONDS) {
                    return new Result(Duration.ofMillis(waitedMillis), true, first, last);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(Duration.ofMillis(waitedMillis), false, first, last);
    }

    /** Waits (unless {@code limit} is zero) and prints what it waited for. */
    static void beforeScenario(String scenario, Duration limit, PrintStream out) {
        if (limit.isZero()) {
            return;
        }
        Result r = ofThisMachine().await(limit);
        if (r.firstLoad() >= 0) {
            out.printf(Locale.ROOT, "settle before %s: %s%n", scenario, r.describe());
        }
    }
}
