package de.koeln.zks.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throwaway stand-in for the server on a loopback port: health (checks Basic auth if sent), incident POST
 * (counts) and search (reports the count as total). Every {@code failEvery}-th request answers 500.
 */
final class FakeServer implements AutoCloseable {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong searches = new AtomicLong();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final String authorization;
    private final int failEvery;

    FakeServer(String user, String password, int failEvery) throws IOException {
        this.authorization = Scenario.Target.basic(user, password);
        this.failEvery = failEvery;
        // without it the JDK server's separate header/body writes meet delayed ACKs: ~40 ms per request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getRequestBody().readAllBytes();
            long n = requests.incrementAndGet();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String path = ex.getRequestURI().getPath();
            if (auth != null && !auth.equals(authorization)) {
                send(ex, 401, "{\"error\":\"bad credentials\"}");
            } else if (failEvery > 0 && n % failEvery == 0) {
                failures.incrementAndGet();
                send(ex, 500, "{\"error\":\"injected failure " + n + "\"}");
            } else if (path.equals(Scenario.HEALTH)) {
                send(ex, 200, "{\"status\":\"UP\"}");
            } else if (path.equals(Scenario.INCIDENTS) && auth == null) {
                send(ex, 401, "{\"error\":\"authentication required\"}");
            } else if (path.equals(Scenario.INCIDENTS) && ex.getRequestMethod().equals("POST")) {
                send(ex, 201, "{\"id\":\"" + stored.incrementAndGet() + "\"}");
            } else if (path.equals(Scenario.INCIDENTS)) {
                searches.incrementAndGet();
                send(ex, 200, "{\"items\":[],\"offset\":0,\"limit\":50,\"total\":" + stored.get() + "}");
            } else {
                send(ex, 404, "not found: " + path);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
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
