package de.koeln.zks.benchmarks.alarm;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Raises alarms at a fixed rate, open loop: the k-th trigger is due at {@code start + k / rate} no matter how long
 * earlier answers take (a late generator thread catches up), and each trigger is sent asynchronously. Each
 * trigger gets a free point of the pool and a fresh token; after its 201 the alarm is closed (not measured) and
 * the point is free again. A 200 answer means the trigger joined an alarm that was still open on that point
 * (e.g. left over from an aborted run): that alarm is closed too, and the trigger is counted, not expected.
 */
final class AlarmGenerator {

    private final AlarmApi api;
    private final Tokens tokens;
    private final PointPool points;
    private final Problems problems;
    private final long periodNanos;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong skipped = new AtomicLong();
    private volatile boolean live;
    private volatile boolean running;
    private Thread thread;

    AlarmGenerator(AlarmApi api, Tokens tokens, PointPool points, Problems problems, double ratePerSecond) {
        this.api = api;
        this.tokens = tokens;
        this.points = points;
        this.problems = problems;
        this.periodNanos = Math.max(1, Math.round(1e9 / ratePerSecond));
    }

    /** Whether alarms issued from now on belong to the measured live window. */
    void live(boolean measured) {
        this.live = measured;
    }

    synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        thread = new Thread(this::loop, "zks-alarm-generator");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops issuing alarms; triggers already sent still complete (see {@link #awaitIdle}). */
    synchronized void stop() {
        running = false;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until every trigger sent has been answered and its alarm closed, at most {@code max}. */
    boolean awaitIdle(Duration max) {
        return Await.until(() -> inFlight.get() == 0, max);
    }

    /** Triggers not sent because every point still had an alarm open. */
    long skipped() {
        return skipped.get();
    }

    private void loop() {
        long start = System.nanoTime();
        for (long k = 0; running; k++) {
            long due = start + k * periodNanos;
            long wait;
            while (running && (wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!running) {
                return;
            }
            trigger();
        }
    }

    private void trigger() {
        int point = points.acquire();
        if (point < 0) {
            skipped.incrementAndGet();
            problems.add("trigger skipped: no free point", "all " + points.size() + " points have an open alarm;"
                    + " raise --points or check the close answers");
            return;
        }
        Tokens.Token token = tokens.issue(points.name(point), live);
        inFlight.incrementAndGet();
        api.sendAsync(api.triggerRequest(token.point, token.note)).thenAccept(answer -> {
            OptionalLong id = answer.ok() ? AlarmApi.parseId(answer.body()) : OptionalLong.empty();
            if (answer.ok() && id.isPresent() && (answer.status() == 201 || answer.status() == 200)) {
                boolean raised = answer.status() == 201;
                token.answered(raised ? Tokens.Outcome.RAISED : Tokens.Outcome.JOINED, id.getAsLong());
                if (!raised) {
                    problems.add("trigger joined an open alarm (HTTP 200)", token.point + ": "
                            + Problems.shorten(answer.body()));
                }
                close(point, id.getAsLong());
                return;
            }
            token.answered(Tokens.Outcome.FAILED, -1);
            problems.add("trigger " + (answer.ok() ? "HTTP " + answer.status() + " without id" : answer.key()),
                    "POST " + AlarmApi.ALARMS + " " + token.point + " -> " + answer.describe());
            done(point);
        });
    }

    private void close(int point, long alarmId) {
        api.sendAsync(api.closeRequest(alarmId)).thenAccept(answer -> {
            if (!answer.ok()) {
                problems.add("close " + answer.key(), "POST " + AlarmApi.ALARMS + "/" + alarmId + "/close -> "
                        + answer.describe());
            }
            done(point);
        });
    }

    private void done(int point) {
        points.release(point);
        inFlight.decrementAndGet();
    }
}
