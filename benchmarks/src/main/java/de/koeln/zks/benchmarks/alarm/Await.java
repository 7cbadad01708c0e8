package de.koeln.zks.benchmarks.alarm;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling waits with a deadline, and plain waits until a point in time. */
final class Await {

    static final Duration POLL = Duration.ofMillis(50);

    private Await() { }

    /** Polls the condition until it holds (true) or {@code max} has passed (false). */
    static boolean until(BooleanSupplier condition, Duration max) {
        return until(condition, max, POLL);
    }

    /** Polls the condition every {@code poll} until it holds (true) or {@code max} has passed (false). */
    static boolean until(BooleanSupplier condition, Duration max, Duration poll) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (!sleep(Math.min(left, poll.toNanos()))) {
                return condition.getAsBoolean();
            }
        }
    }

    /** Sleeps until {@code System.nanoTime()} reaches the given value. */
    static void untilNanos(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            if (!sleep(left)) {
                return;
            }
        }
    }

    private static boolean sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
