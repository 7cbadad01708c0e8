package de.koeln.zks.benchmarks;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints the first few failed answers of a run (status and body) so errors are never silently ignored. */
public final class ErrorSamples {

    static final int MAX_BODY_CHARS = 400;

    private final String label;
    private final PrintStream out;
    private final AtomicInteger remaining;

    public ErrorSamples(String label, int limit, PrintStream out) {
        this.label = label;
        this.out = out;
        this.remaining = new AtomicInteger(limit);
    }

    /** Error key of a non-2xx answer, as counted in the results. */
    public static String statusKey(int status) {
        return "HTTP " + status;
    }

    /** Error key of a request that failed without an answer. */
    public static String exceptionKey(Throwable t) {
        return t.getClass().getSimpleName();
    }

    public void status(String method, String uri, int status, String body) {
        if (remaining.getAndDecrement() > 0) {
            out.printf("  [%s] %s %s -> HTTP %d: %s%n", label, method, uri, status, shorten(body));
        }
    }

    public void exception(String method, String uri, Throwable t) {
        if (remaining.getAndDecrement() > 0) {
            out.printf("  [%s] %s %s -> %s: %s%n", label, method, uri, t.getClass().getName(), t.getMessage());
        }
    }

    /** A body on one line, cut to a readable length. */
    public static String shorten(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty body)";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_BODY_CHARS ? oneLine : oneLine.substring(0, MAX_BODY_CHARS) + " ...";
    }
}
