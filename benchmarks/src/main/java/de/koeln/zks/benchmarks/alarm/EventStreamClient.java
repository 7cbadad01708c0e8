package de.koeln.zks.benchmarks.alarm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import de.koeln.zks.benchmarks.http.ResponseReader;

/**
 * The subscribers' event streams over plain non-blocking sockets: HTTP/1.1, one connection per stream, all of
 * them read by a few selector threads that parse the bytes right where they are read. Each read is timestamped
 * once and its events are handed to the stream's {@link SseStream} at once, with no hand-over to other threads, no
 * buffer copies and no allocation per read beyond the parsed events. The JDK's {@code HttpClient} read 1,000
 * streams through one selector thread plus a task per read and took almost a core of a 2-core machine for 20,000
 * events a second, which both slowed the server it measured and made its own arrival times late.
 */
final class EventStreamClient implements AutoCloseable {

    /** The answer to a stream request: 200 (the stream is open and feeds its {@link SseStream}) or the error. */
    record Opened(int status, String body) {
    }

    static final int READ_BUFFER = 64 * 1024;
    static final int MAX_ERROR_BODY = 64 * 1024;

    private final InetSocketAddress address;
    private final Reactor[] reactors;
    private final AtomicInteger next = new AtomicInteger();

    /** @param threads selector threads the connections are spread over */
    EventStreamClient(InetSocketAddress address, int threads) throws IOException {
        this.address = address;
        this.reactors = new Reactor[threads];
        for (int i = 0; i < threads; i++) {
            reactors[i] = new Reactor("zks-alarm-streams-" + (i + 1));
        }
        for (Reactor r : reactors) {
            r.thread.start();
        }
    }

    /**
     * Connects, sends {@code request} (a complete HTTP/1.1 request head) and completes with the answer's status
     * once the head is in (with the body for an answer other than 200). A 200 stream then feeds {@code stream}
     * until the server ends it (its handler's {@code onEnd}) or {@link SseStream#cancel()} closes it.
     */
    CompletableFuture<Opened> open(byte[] request, SseStream stream) {
        Connection c = new Connection(request, stream);
        stream.attach(c::close);
        Reactor r = reactors[Math.floorMod(next.getAndIncrement(), reactors.length)];
        r.submit(c);
        return c.answer;
    }

    @Override
    public void close() {
        for (Reactor r : reactors) {
            r.stop();
        }
    }

    private final class Reactor implements Runnable {
        final Thread thread;
        final Selector selector;
        final Queue<Connection> added = new ConcurrentLinkedQueue<>();
        final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER);
        volatile boolean running = true;

        Reactor(String name) throws IOException {
            this.selector = Selector.open();
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
        }

        void submit(Connection c) {
            added.add(c);
            selector.wakeup();
        }

        void stop() {
            running = false;
            selector.wakeup();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            try {
                while (running) {
                    selector.select(1000);
                    Connection c;
                    while ((c = added.poll()) != null) {
                        c.start(selector);
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        ((Connection) key.attachment()).ready(key, buffer);
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException | RuntimeException e) {
                System.err.println(thread.getName() + " failed: " + e);
            } finally {
                for (SelectionKey key : selector.keys()) {
                    ((Connection) key.attachment()).fail(new ClosedChannelException());
                }
                try {
                    selector.close();
                } catch (IOException e) {
                    // nothing left to do
                }
            }
        }
    }

    /** One stream's connection; everything but {@link #close()} runs on its reactor's thread. */
    private final class Connection implements ResponseReader.Sink {
        final CompletableFuture<Opened> answer = new CompletableFuture<>();
        final ByteBuffer request;
        final SseStream stream;
        final ResponseReader reader = new ResponseReader(this);
        volatile SocketChannel channel;
        int status;
        boolean streaming;
        long arrivalNanos;
        final StringBuilder errorBody = new StringBuilder();
        volatile boolean closed;

        Connection(byte[] request, SseStream stream) {
            this.request = ByteBuffer.wrap(request);
            this.stream = stream;
        }

        void start(Selector selector) {
            if (closed) {
                fail(new ClosedChannelException());
                return;
            }
            try {
                channel = SocketChannel.open();
                if (closed) { // cancelled while it was being opened
                    close();
                    return;
                }
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                boolean connected = channel.connect(address);
                SelectionKey key = channel.register(selector, connected ? SelectionKey.OP_WRITE
                        : SelectionKey.OP_CONNECT, this);
                if (connected) {
                    write(key);
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }

        void ready(SelectionKey key, ByteBuffer buffer) {
            try {
                if (!key.isValid()) {
                    fail(new ClosedChannelException());
                    return;
                }
                if (key.isConnectable() && channel.finishConnect()) {
                    key.interestOps(SelectionKey.OP_WRITE);
                }
                if (key.isValid() && key.isWritable()) {
                    write(key);
                }
                if (key.isValid() && key.isReadable()) {
                    read(buffer);
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }

        private void write(SelectionKey key) throws IOException {
            channel.write(request);
            if (!request.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        }

        /** Reads what the socket has, timestamps it once and parses it where it is. */
        private void read(ByteBuffer buffer) throws IOException {
            while (!closed) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    reader.endOfInput(); // ends a body that lasts until the connection's end, else throws
                    return;
                }
                if (n == 0) {
                    return;
                }
                arrivalNanos = System.nanoTime();
                reader.feed(buffer.array(), 0, n);
                if (n < buffer.capacity()) {
                    return; // the socket is very likely empty now: let the selector say when there is more
                }
            }
        }

        @Override
        public void head(int status, Map<String, String> headers) {
            this.status = status;
            if (status == 200) {
                streaming = true;
                answer.complete(new Opened(200, null));
            }
        }

        @Override
        public void body(byte[] bytes, int offset, int length) {
            if (streaming) {
                stream.received(bytes, offset, length, arrivalNanos);
            } else if (errorBody.length() < MAX_ERROR_BODY) {
                errorBody.append(new String(bytes, offset, Math.min(length, MAX_ERROR_BODY - errorBody.length()),
                        StandardCharsets.UTF_8));
            }
        }

        @Override
        public void end() {
            close();
            if (streaming) {
                stream.ended(null);
            } else {
                answer.complete(new Opened(status, errorBody.toString()));
            }
        }

        void fail(Throwable cause) {
            boolean wasClosed = closed;
            close();
            if (!answer.isDone()) {
                answer.completeExceptionally(cause);
            } else if (streaming && !wasClosed) {
                stream.ended(cause);
            }
        }

        /** Closes the connection; safe from any thread (the selector forgets a closed channel by itself). */
        void close() {
            closed = true;
            SocketChannel ch = channel;
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException e) {
                    // closed anyway
                }
            }
        }
    }
}
