package de.koeln.zks.benchmarks.alarm;

import java.util.concurrent.CompletableFuture;

/**
 * The body of one open event stream: parses the bytes as they arrive (on a thread of the
 * {@link EventStreamClient}) and hands every event to its {@link Handler} together with the
 * {@code System.nanoTime()} at which its bytes were read.
 */
final class SseStream {

    /** Called on the client's threads, one call at a time per stream. */
    interface Handler {
        void onEvent(SseStream stream, SseEvent event, long arrivalNanos);

        /** The stream ended without {@link #cancel()}: {@code cause} is null when the server closed the body. */
        void onEnd(SseStream stream, Throwable cause);
    }

    private final int generation;
    private final Handler handler;
    private final SseParser parser;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile Runnable closer;
    private volatile boolean cancelled;
    private long arrivalNanos;

    /** @param generation 1 for the first stream of a subscriber, 2 for the one opened when it reconnects */
    SseStream(int generation, Handler handler) {
        this.generation = generation;
        this.handler = handler;
        this.parser = new SseParser(event -> handler.onEvent(this, event, arrivalNanos));
    }

    int generation() {
        return generation;
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** Completes when the body ended, failed or was cancelled. */
    CompletableFuture<Void> ended() {
        return ended;
    }

    /** How {@link #cancel()} closes the connection; run at once when the stream is cancelled already. */
    void attach(Runnable close) {
        this.closer = close;
        if (cancelled) {
            close.run();
        }
    }

    /** Closes the stream and its connection (an event being parsed at this moment may still be handed on). */
    void cancel() {
        cancelled = true;
        Runnable c = closer;
        if (c != null) {
            c.run();
        }
        ended.complete(null);
    }

    /** Bytes of the body, read at {@code nanos}; a stream that does not parse is ended with the error. */
    void received(byte[] bytes, int offset, int length, long nanos) {
        if (cancelled || ended.isDone()) {
            return;
        }
        arrivalNanos = nanos;
        try {
            parser.feed(bytes, offset, length);
        } catch (RuntimeException e) {
            Runnable c = closer;
            if (c != null) {
                c.run();
            }
            ended(e);
        }
    }

    /** The connection ended or failed ({@code cause} null: the server ended the body). */
    void ended(Throwable cause) {
        if (ended.isDone()) {
            return;
        }
        ended.complete(null);
        if (!cancelled) {
            handler.onEnd(this, cause);
        }
    }
}
