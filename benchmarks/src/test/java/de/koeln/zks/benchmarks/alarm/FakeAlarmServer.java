package de.koeln.zks.benchmarks.alarm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throwaway stand-in for the silent-alarm module on a loopback port: groups and points (409 when they exist,
 * PUT replaces), triggers (201 RAISED, or 200 JOINED while the point's alarm is open), close, the event stream
 * (every event to every open stream, replay after {@code Last-Event-ID} from an in-memory list, heartbeats) and
 * the subscriber count. A stream is forgotten when a write to it fails, i.e. on the next heartbeat after the
 * client went away, like the real server. {@link Fault}s make it misbehave in ways the driver has to notice.
 */
final class FakeAlarmServer implements AutoCloseable {

    enum Fault {
        NONE,
        /** reconnects get only live events: everything raised during the gap is lost */
        IGNORE_LAST_EVENT_ID,
        /** reconnects get every event since the start: duplicates */
        REPLAY_FROM_START,
        /** the very first stream is ended by the server after its first RAISED event */
        END_FIRST_STREAM
    }

    record Event(long id, String type, String json) { }

    /** One open stream: its own queue, written by its handler thread. */
    private static final class Connection {
        final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        final int number;

        Connection(int number) {
            this.number = number;
        }
    }

    final AtomicLong triggers = new AtomicLong();
    final AtomicLong raised = new AtomicLong();
    final AtomicLong joined = new AtomicLong();
    final AtomicLong closed = new AtomicLong();
    final AtomicLong groupPuts = new AtomicLong();
    final AtomicLong pointPuts = new AtomicLong();
    final AtomicLong streamRequests = new AtomicLong();
    final AtomicLong withLastEventId = new AtomicLong();
    final AtomicInteger maxOpenStreams = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String authorization;
    private final Fault fault;
    private final long heartbeatMillis;
    private final Object lock = new Object();
    private final List<Event> events = new ArrayList<>();       // guarded by lock
    private final Set<Connection> streams = new HashSet<>();    // guarded by lock
    private final Map<String, Long> openAlarmByPoint = new HashMap<>(); // guarded by lock
    private final Map<Long, String[]> alarms = new HashMap<>(); // id -> point, note; guarded by lock
    private final Set<String> groups = ConcurrentHashMap.newKeySet();
    private final Map<String, String> points = new ConcurrentHashMap<>();
    private final AtomicInteger connectionNumbers = new AtomicInteger();
    private long lastEventId;
    private long lastAlarmId = 1000;

    FakeAlarmServer(String user, String password, Fault fault) throws IOException {
        this(user, password, fault, 50);
    }

    FakeAlarmServer(String user, String password, Fault fault, long heartbeatMillis) throws IOException {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.fault = fault;
        this.heartbeatMillis = heartbeatMillis;
        // without it the JDK server's separate header/body writes meet delayed ACKs: ~40 ms per request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int openStreams() {
        synchronized (lock) {
            return streams.size();
        }
    }

    List<Event> events() {
        synchronized (lock) {
            return List.copyOf(events);
        }
    }

    boolean hasPoint(String id) {
        return points.containsKey(id);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!authorization.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                problem(ex, 401, "Unauthorized", "bad or missing credentials");
            } else if (path.equals(AlarmApi.STREAM) && method.equals("GET")) {
                stream(ex); // keeps the exchange until the client goes away
                return;
            } else if (path.equals(AlarmApi.SUBSCRIBERS)) {
                json(ex, 200, "{\"count\":" + openStreams() + ",\"byUser\":{}}");
            } else if (path.equals(AlarmApi.GROUPS) && method.equals("POST")) {
                String name = (String) Json.object(body).get("name");
                if (!groups.add(name)) {
                    problem(ex, 409, "Conflict", "group " + name + " exists");
                } else {
                    json(ex, 201, body);
                }
            } else if (path.startsWith(AlarmApi.GROUPS + "/") && method.equals("PUT")) {
                groupPuts.incrementAndGet();
                groups.add(path.substring(AlarmApi.GROUPS.length() + 1));
                json(ex, 200, body);
            } else if (path.equals(AlarmApi.POINTS) && method.equals("POST")) {
                String id = (String) Json.object(body).get("id");
                if (points.putIfAbsent(id, body) != null) {
                    problem(ex, 409, "Conflict", "point " + id + " exists");
                } else {
                    json(ex, 201, body);
                }
            } else if (path.startsWith(AlarmApi.POINTS + "/") && method.equals("PUT")) {
                pointPuts.incrementAndGet();
                points.put(path.substring(AlarmApi.POINTS.length() + 1), body);
                json(ex, 200, body);
            } else if (path.equals(AlarmApi.ALARMS) && method.equals("POST")) {
                trigger(ex, Json.object(body));
            } else if (path.startsWith(AlarmApi.ALARMS + "/") && path.endsWith("/close") && method.equals("POST")) {
                close(ex, Long.parseLong(path.substring(AlarmApi.ALARMS.length() + 1, path.length() - 6)));
            } else {
                problem(ex, 404, "Not Found", method + " " + path);
            }
        } catch (RuntimeException e) {
            problem(ex, 400, "Bad Request", String.valueOf(e.getMessage()));
        } finally {
            ex.close();
        }
    }

    private void trigger(HttpExchange ex, Map<String, Object> request) throws IOException {
        triggers.incrementAndGet();
        String point = (String) request.get("point");
        if (!points.containsKey(point)) {
            problem(ex, 404, "Not Found", "no point " + point);
            return;
        }
        String note = (String) request.get("note");
        long id;
        boolean isNew;
        synchronized (lock) {
            Long open = openAlarmByPoint.get(point);
            isNew = open == null;
            if (isNew) {
                id = ++lastAlarmId;
                openAlarmByPoint.put(point, id);
                alarms.put(id, new String[] {point, note});
            } else {
                id = open;
            }
            publish(isNew ? "RAISED" : "JOINED", id, point, note);
        }
        (isNew ? raised : joined).incrementAndGet();
        json(ex, isNew ? 201 : 200, "{\"id\":" + id + ",\"state\":\"RAISED\",\"point\":" + Json.quote(point) + "}");
    }

    private void close(HttpExchange ex, long id) throws IOException {
        synchronized (lock) {
            String[] alarm = alarms.get(id);
            if (alarm == null || !Long.valueOf(id).equals(openAlarmByPoint.get(alarm[0]))) {
                problem(ex, 404, "Not Found", "no open alarm " + id);
                return;
            }
            openAlarmByPoint.remove(alarm[0]);
            publish("CLOSED", id, alarm[0], alarm[1]);
        }
        closed.incrementAndGet();
        json(ex, 200, "{\"id\":" + id + ",\"state\":\"CLOSED\"}");
    }

    /** Appends an event and queues it for every open stream; caller holds the lock. */
    private void publish(String type, long alarmId, String point, String note) {
        String room = points.containsKey(point) ? (String) Json.object(points.get(point)).get("room") : "";
        String json = "{\"alarmId\":" + alarmId + ",\"type\":\"" + type + "\",\"pointId\":" + Json.quote(point)
                + ",\"building\":\"Benchmark\",\"room\":" + Json.quote(room) + ",\"note\":"
                + (note == null ? "null" : Json.quote(note)) + ",\"drill\":true}";
        Event e = new Event(++lastEventId, type, json);
        events.add(e);
        for (Connection c : streams) {
            c.queue.add(e);
        }
    }

    private void stream(HttpExchange ex) throws IOException {
        streamRequests.incrementAndGet();
        String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
        Connection c = new Connection(connectionNumbers.incrementAndGet());
        synchronized (lock) {
            if (last != null) {
                withLastEventId.incrementAndGet();
                long after = fault == Fault.REPLAY_FROM_START ? 0 : Long.parseLong(last.trim());
                if (fault != Fault.IGNORE_LAST_EVENT_ID) {
                    events.stream().filter(e -> e.id() > after).forEach(c.queue::add);
                }
            }
            streams.add(c);
            maxOpenStreams.accumulateAndGet(streams.size(), Math::max);
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, 0); // chunked, endless
            OutputStream out = ex.getResponseBody();
            out.write(": welcome\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                Event e = c.queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                if (e == null) {
                    out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    // CRLF after the data line, to keep the client's parser honest
                    out.write(("id: " + e.id() + "\nevent: " + e.type() + "\ndata: " + e.json() + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    if (fault == Fault.END_FIRST_STREAM && c.number == 1 && e.type().equals("RAISED")) {
                        out.flush();
                        out.close(); // ends the chunked body: the client sees the stream complete
                        return;
                    }
                }
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away (or the server stops): forget the stream
        } finally {
            synchronized (lock) {
                streams.remove(c);
            }
            ex.close();
        }
    }

    private static void json(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, "application/json", body);
    }

    private static void problem(HttpExchange ex, int status, String title, String detail) throws IOException {
        send(ex, status, "application/problem+json", "{\"title\":" + Json.quote(title) + ",\"status\":" + status
                + ",\"detail\":" + Json.quote(detail) + "}");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
