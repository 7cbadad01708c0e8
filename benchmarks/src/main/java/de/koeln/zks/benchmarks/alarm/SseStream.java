package de.koeln.zks.benchmarks.alarm;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The body of one open event stream: a push-style {@link HttpResponse.BodySubscriber} that parses the bytes as
 * they arrive (on the HTTP client's executor, so 1,000 streams need no 1,000 reading threads) and hands every
 * event to its {@link Handler} together with the {@code System.nanoTime()} at which its bytes arrived. Its
 * {@link #getBody()} completes at once, so {@code sendAsync} completes when the response headers are in.
 */
final class SseStream implements HttpResponse.BodySubscriber<SseStream> {

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
    private volatile Flow.Subscription subscription;
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

    /** Closes the stream (and with it its connection); no event is handed on after this returned. */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        ended.complete(null);
    }

    @Override
    public CompletionStage<SseStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (subscription != null) {
            s.cancel();
            return;
        }
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            // unbounded demand: every chunk is parsed at once and nothing is buffered here, while request(1) per
            // chunk would make the client pause and resume reading the socket after each one (selector
            // interest changes and wake-ups per event and stream: measurably higher latency at 1,000 streams)
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (cancelled) {
            return;
        }
        arrivalNanos = System.nanoTime();
        try {
            for (ByteBuffer b : items) {
                parser.feed(b);
            }
        } catch (RuntimeException e) {
            finish(e);
            subscription.cancel();
        }
    }

    @Override
    public void onError(Throwable t) {
        finish(t);
    }

    @Override
    public void onComplete() {
        finish(null);
    }

    private void finish(Throwable cause) {
        if (ended.isDone()) {
            return;
        }
        ended.complete(null);
        if (!cancelled) {
            handler.onEnd(this, cause);
        }
    }
}
