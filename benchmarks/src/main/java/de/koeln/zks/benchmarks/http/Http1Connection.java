package de.koeln.zks.benchmarks.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One persistent HTTP/1.1 connection, used by one thread: sends a request, reads the whole answer on the same
 * thread (blocking socket, {@link ResponseReader} framing) and keeps the connection for the next request. The
 * load driver's workers use it instead of {@code java.net.http.HttpClient}, whose hand-over of every answer from
 * its selector thread to the waiting worker cost the driver CPU and added its own waits to the latencies it
 * measured. Requests are described by {@link HttpRequest}s all the same (method, URI, headers, body); the
 * request's timeout, or the connection's, bounds connecting and each wait for bytes.
 */
public final class Http1Connection implements AutoCloseable {

    /** An answer: status, header fields (lower-case names) and the body's bytes. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
    }

    private static final int READ_BUFFER = 32 * 1024;

    private final Duration timeout;
    private InetSocketAddress address;
    private String host;
    private final byte[] buffer = new byte[READ_BUFFER];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param timeout for requests without a timeout of their own */
    public Http1Connection(Duration timeout) {
        this.timeout = timeout;
    }

    /** Connects to the request's host (again, when it is another one than the last request's). */
    private void target(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("plain http only, not " + uri);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        String h = uri.getHost() + ":" + port;
        if (!h.equals(host)) {
            close();
            host = h;
            address = new InetSocketAddress(uri.getHost(), port);
        }
    }

    /**
     * Sends the request and reads its answer. A connection the server closed while it was idle is opened again
     * and the request sent once more, but only when nothing of an answer had arrived and the request is a GET.
     */
    public Response exchange(HttpRequest request) throws IOException {
        target(request.uri());
        byte[] head = head(request);
        byte[] body = body(request);
        int soTimeout = (int) request.timeout().orElse(timeout).toMillis();
        boolean reused = socket != null;
        try {
            return send(head, body, soTimeout);
        } catch (IOException e) {
            close();
            if (reused && "GET".equals(request.method()) && !(e instanceof java.net.SocketTimeoutException)
                    && !(e instanceof AnswerCutOff)) {
                return send(head, body, soTimeout);
            }
            throw e;
        }
    }

    /** Part of an answer had arrived when the connection failed: the request reached the server, never resend it. */
    private static final class AnswerCutOff extends IOException {
        private static final long serialVersionUID = 1L;

        AnswerCutOff(String reason, Throwable cause) {
            super("answer cut off: " + reason, cause);
        }
    }

    private Response send(byte[] head, byte[] body, int soTimeout) throws IOException {
        if (socket == null) {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.connect(address, soTimeout);
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
        }
        socket.setSoTimeout(soTimeout);
        if (body.length > 0 && head.length + body.length <= READ_BUFFER) {
            byte[] whole = new byte[head.length + body.length]; // one write, one packet
            System.arraycopy(head, 0, whole, 0, head.length);
            System.arraycopy(body, 0, whole, head.length, body.length);
            out.write(whole);
        } else {
            out.write(head);
            out.write(body);
        }
        out.flush();
        Collector answer = new Collector();
        ResponseReader reader = new ResponseReader(answer);
        boolean any = false;
        while (!reader.isDone()) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                if (any) {
                    throw new AnswerCutOff(e.getMessage(), e);
                }
                throw e;
            }
            if (n < 0) {
                try {
                    reader.endOfInput();
                } catch (EOFException e) {
                    if (!any) {
                        throw new EOFException("the server closed the connection");
                    }
                    throw new AnswerCutOff(e.getMessage(), e);
                }
                close(); // the body lasted until the connection's end
                break;
            }
            any = true;
            reader.feed(buffer, 0, n);
        }
        if (!reader.isDone()) {
            throw new AnswerCutOff("incomplete", null);
        }
        if ("close".equalsIgnoreCase(answer.headers.getOrDefault("connection", ""))) {
            close();
        }
        return new Response(answer.status, answer.headers, answer.body.toByteArray());
    }

    private byte[] head(HttpRequest request) {
        URI uri = request.uri();
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        StringBuilder b = new StringBuilder(512).append(request.method()).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
        for (Map.Entry<String, List<String>> h : request.headers().map().entrySet()) {
            for (String value : h.getValue()) {
                if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("line break in header " + h.getKey());
                }
                b.append(h.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        long length = request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L);
        if (length > 0 || !"GET".equals(request.method().toUpperCase(Locale.ROOT))) {
            b.append("Content-Length: ").append(Math.max(0, length)).append("\r\n");
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body of a request built with {@code BodyPublishers.ofString/ofByteArray} (or none). */
    static byte[] body(HttpRequest request) throws IOException {
        HttpRequest.BodyPublisher publisher = request.bodyPublisher().orElse(null);
        if (publisher == null || publisher.contentLength() == 0) {
            return new byte[0];
        }
        if (publisher.contentLength() < 0) {
            throw new IOException("a request body of unknown length is not supported");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) publisher.contentLength());
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the request body", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot read the request body: " + e, e);
        }
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closed anyway
            }
        }
    }

    private static final class Collector implements ResponseReader.Sink {
        int status;
        Map<String, String> headers = Map.of();
        final ByteArrayOutputStream body = new ByteArrayOutputStream(8 * 1024);

        @Override
        public void head(int status, Map<String, String> headers) {
            this.status = status;
            this.headers = headers;
        }

        @Override
        public void body(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public void end() {
            // the reader says it is done
        }
    }
}
