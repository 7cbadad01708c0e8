package de.koeln.zks.benchmarks.alarm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The silent-alarm REST API as far as the benchmark uses it: request builders for groups, points, triggers,
 * closes and the event stream, an HTTP/1.1 client for the commands and an {@link EventStreamClient} for the
 * streams (each stream holds its own connection, since HTTP/1.1 has no multiplexing).
 */
final class AlarmApi {

    static final String GROUPS = "/api/alarm/groups";
    static final String POINTS = "/api/alarm/points";
    static final String ALARMS = "/api/alarm/alarms";
    static final String STREAM = "/api/alarm/stream";
    static final String SUBSCRIBERS = STREAM + "/subscribers";
    static final String GROUP = "bench-desk";
    static final String BUILDING = "Benchmark";

    /** An answer (status and body) or the reason there is none. */
    record Answer(int status, String body, Throwable failure) {
        boolean ok() {
            return failure == null && status / 100 == 2;
        }

        /** {@code HTTP 409} or the exception's simple class name: the key errors are counted by. */
        String key() {
            return failure == null ? "HTTP " + status : failure.getClass().getSimpleName();
        }

        String describe() {
            if (failure == null) {
                return "HTTP " + status + ": " + Problems.shorten(body);
            }
            return failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
    }

    private final URI base;
    private final String authorization;
    private final Duration timeout;
    private final EventStreamClient streams;
    private final HttpClient commands;

    AlarmApi(URI base, String user, String password, Duration timeout, Executor executor) {
        this(base, user, password, timeout, executor, 1);
    }

    /** @param streamThreads selector threads that read the streams */
    AlarmApi(URI base, String user, String password, Duration timeout, Executor executor, int streamThreads) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        try {
            this.streams = new EventStreamClient(new InetSocketAddress(base.getHost(), port(base)), streamThreads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for the streams", e);
        }
        this.commands = client(timeout, executor);
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("the event streams are read over plain http only, not " + uri);
        }
        return 80;
    }

    /**
     * HTTP/1.1 (no h2c upgrade attempt). The JDK client has no per-host connection limit for HTTP/1.1 (its pool
     * only bounds idle connections), so N concurrent streams open N connections.
     */
    private static HttpClient client(Duration timeout, Executor executor) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .executor(executor)
                .build();
    }

    URI base() {
        return base;
    }

    /** The client that reads the event streams. */
    EventStreamClient streams() {
        return streams;
    }

    /** Stops the stream threads (their connections are closed by then). */
    void closeStreams() {
        streams.close();
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = commands.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), null);
        } catch (IOException | RuntimeException e) {
            return new Answer(0, "", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", e);
        }
    }

    CompletableFuture<Answer> sendAsync(HttpRequest request) {
        try {
            return commands.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((r, e) -> e == null ? new Answer(r.statusCode(), r.body(), null)
                            : new Answer(0, "", e instanceof java.util.concurrent.CompletionException
                                    && e.getCause() != null ? e.getCause() : e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Answer(0, "", e));
        }
    }

    HttpRequest subscribersRequest() {
        return builder(SUBSCRIBERS).GET().build();
    }

    HttpRequest createRequest(String collection, String json) {
        return json(builder(collection), "POST", json);
    }

    HttpRequest replaceRequest(String collection, String name, String json) {
        return json(builder(collection + "/" + name), "PUT", json);
    }

    HttpRequest triggerRequest(String point, String note) {
        return createRequest(ALARMS, "{\"point\":" + Json.quote(point) + ",\"drill\":true,\"note\":"
                + Json.quote(note) + "}");
    }

    HttpRequest closeRequest(long alarmId) {
        return createRequest(ALARMS + "/" + alarmId + "/close", "{\"outcome\":\"benchmark\"}");
    }

    /**
     * The head of a GET of the event stream, as bytes for the {@link EventStreamClient}; {@code lastEventId} (may
     * be null) asks for the events missed since then.
     */
    byte[] streamRequest(String lastEventId) {
        String path = (base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "")) + STREAM;
        StringBuilder b = new StringBuilder(256)
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(port(base)).append("\r\n")
                .append("Accept: text/event-stream\r\n")
                .append("Cache-Control: no-cache\r\n")
                .append("Authorization: ").append(authorization).append("\r\n");
        if (lastEventId != null) {
            if (lastEventId.indexOf('\r') >= 0 || lastEventId.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("an event id has no line breaks: " + Problems.shorten(lastEventId));
            }
            b.append("Last-Event-ID: ").append(lastEventId).append("\r\n");
        }
        return b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String groupJson(String member) {
        return "{\"name\":" + Json.quote(GROUP) + ",\"members\":[" + Json.quote(member)
                + "],\"kind\":\"CENTRAL_DESK\"}";
    }

    /** The body of point number {@code n} (1-based), e.g. BENCH-001 in room B-001. */
    static String pointJson(int n) {
        return "{\"id\":" + Json.quote(PointPool.id(n)) + ",\"building\":" + Json.quote(BUILDING)
                + ",\"floor\":\"0\",\"room\":" + Json.quote(PointPool.room(n)) + ",\"unit\":\"Benchmark\","
                + "\"groups\":[" + Json.quote(GROUP) + "]}";
    }

    /** {@code count} of a subscribers answer such as {@code {"count":12,...}}. */
    static OptionalLong parseCount(String body) {
        try {
            return Json.longField(Json.object(body), "count");
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /** The answer's {@code id}, e.g. of a trigger answer {@code {"id":123,"state":"RAISED"}}. */
    static OptionalLong parseId(String body) {
        try {
            return Json.longField(Json.object(body), "id");
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", authorization);
    }

    private static HttpRequest json(HttpRequest.Builder b, String method, String json) {
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }
}
