package de.koeln.zks.benchmarks.alarm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Opens, closes and reopens the streams of all subscribers. Opening is ramped: at most {@link #MAX_CONNECTING}
 * streams wait for their response headers at a time, so a thousand simultaneous connects do not overrun the
 * server's accept queue; the streams themselves all stay open concurrently.
 */
final class Subscribers {

    static final int MAX_CONNECTING = 64;

    /** Outcome of opening a batch of streams. */
    record OpenResult(int attempted, int opened, Duration took) {
        int failed() {
            return attempted - opened;
        }
    }

    private final AlarmApi api;
    private final Problems problems;
    private final Duration timeout;
    private final List<Subscriber> all;

    Subscribers(AlarmApi api, Tokens tokens, Latencies latencies, Problems problems, Duration timeout, int n) {
        this.api = api;
        this.problems = problems;
        this.timeout = timeout;
        EventDecoder decoder = new EventDecoder(tokens, problems);
        List<Subscriber> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Subscriber(i, tokens, decoder, latencies, problems));
        }
        this.all = List.copyOf(list);
    }

    List<Subscriber> all() {
        return all;
    }

    /** Subscribers whose current stream answered 200 and has not ended. */
    List<Subscriber> open() {
        return all.stream().filter(Subscriber::isOpen).toList();
    }

    /**
     * Opens a stream of the given generation for each subscriber; generation 2 sends {@code Last-Event-ID}
     * (when the subscriber has seen an event). Returns when every request has been answered or has failed.
     */
    OpenResult connect(List<Subscriber> which, int generation) {
        long start = System.nanoTime();
        Semaphore connecting = new Semaphore(MAX_CONNECTING);
        List<CompletableFuture<Boolean>> results = new ArrayList<>(which.size());
        try {
            for (Subscriber s : which) {
                connecting.acquire();
                results.add(open(s, generation, connecting));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int opened = 0;
        for (CompletableFuture<Boolean> r : results) {
            opened += r.join() ? 1 : 0;
        }
        return new OpenResult(which.size(), opened, Duration.ofNanos(System.nanoTime() - start));
    }

    private CompletableFuture<Boolean> open(Subscriber s, int generation, Semaphore connecting) {
        String lastEventId = generation > 1 ? s.lastEventId() : null;
        SseStream stream = s.newStream(generation);
        String what = "stream " + generation + " open";
        CompletableFuture<EventStreamClient.Opened> sent;
        try {
            sent = api.streams().open(api.streamRequest(lastEventId), stream);
        } catch (RuntimeException e) {
            connecting.release();
            problems.add(what + ": " + e.getClass().getSimpleName(), e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        // the timeout bounds the wait for the response head only, not the endless body
        return sent.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((answer, failure) -> {
            connecting.release(); // the head is in (or never will be): the next subscriber may connect
            if (failure != null) {
                stream.cancel();
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                problems.add(what + ": " + cause.getClass().getSimpleName(), "subscriber " + s.index() + ": "
                        + cause.getMessage());
                return false;
            }
            if (answer.status() != 200) {
                problems.add(what + ": HTTP " + answer.status(), Problems.shorten(answer.body()));
                return false;
            }
            s.opened(stream);
            return true;
        });
    }

    /** Closes every stream and marks from which alarm on each subscriber must get everything after reconnecting. */
    void disconnectAll() {
        all.forEach(Subscriber::disconnect);
    }

    /** Closes every stream for good. */
    void closeAll() {
        all.forEach(Subscriber::close);
    }
}
