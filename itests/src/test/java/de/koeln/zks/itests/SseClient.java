package de.koeln.zks.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Server-Sent Events client as a responder's screen holds one: events arrive in a queue. */
final class SseClient implements AutoCloseable {
    record Event(String id, String name, JsonNode data) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    final int status;
    volatile String lastId;

    SseClient(String base, String user, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/alarm/stream"))
            .header("Accept", "text/event-stream")
            .header("Authorization", HttpApi.basic(user, ZksTestSupport.PASSWORD));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> answer = response.get(30, TimeUnit.SECONDS);
        status = answer.statusCode();
        Thread reader = new Thread(() -> read(answer.body()), "sse-" + user);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Stream<String> lines) {
        String[] current = new String[3];
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (current[2] != null) {
                        try {
                            Event event = new Event(current[0], current[1], JSON.readTree(current[2]));
                            lastId = current[0]; // before the event is visible, so a test that saw it sees its id
                            events.add(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("not JSON: " + current[2], e);
                        }
                    }
                    current[0] = current[1] = current[2] = null;
                } else if (line.startsWith("id:")) {
                    current[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    current[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    current[2] = line.substring(5).trim();
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    /** The next event, waiting at most {@code timeout}; fails when none comes. */
    Event next(Duration timeout) throws InterruptedException {
        Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no event within " + timeout.toSeconds() + " s");
        }
        return e;
    }

    /** The next event of {@code type} for {@code alarmId}, skipping others. */
    Event next(String type, long alarmId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no " + type + " event of alarm " + alarmId + " within " + timeout.toSeconds() + " s");
            }
            if (e.name().equals(type) && e.data().get("alarmId").asLong() == alarmId) {
                return e;
            }
        }
    }

    /** What arrived so far, without waiting. */
    java.util.List<Event> drain() {
        java.util.List<Event> list = new java.util.ArrayList<>();
        events.drainTo(list);
        return list;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
    }
}
