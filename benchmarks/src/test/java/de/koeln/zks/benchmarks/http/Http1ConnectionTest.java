package de.koeln.zks.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load driver's own HTTP/1.1 connection against a scripted server on a loopback socket. */
class Http1ConnectionTest {

    /** Accepts connections one after another; answers each request with {@code answer}, then maybe closes. */
    private static final class ScriptedServer implements AutoCloseable {
        final ServerSocket server;
        final List<String> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        final Thread thread;

        ScriptedServer(Function<Integer, String> answer, int requestsPerConnection) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                        InputStream in = s.getInputStream();
                        OutputStream out = s.getOutputStream();
                        for (int i = 0; i < requestsPerConnection; i++) {
                            String request = readRequest(in);
                            if (request == null) {
                                break;
                            }
                            requests.add(request);
                            out.write(answer.apply(requests.size()).getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    } catch (IOException e) {
                        // next connection
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
        }

        /** Head and, with a Content-Length, the body; null at the end of the connection. */
        private static String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                String text = head.toString(StandardCharsets.UTF_8);
                if (text.endsWith("\r\n\r\n")) {
                    int length = 0;
                    for (String line : text.split("\r\n")) {
                        if (line.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static String ok(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void keepsTheConnectionAndSendsMethodHeadersAndBody() throws IOException {
        server = new ScriptedServer(n -> ok("{\"n\":" + n + ",\"ü\":true}"), 100);
        try (Http1Connection c = new Http1Connection(Duration.ofSeconds(5))) {
            Http1Connection.Response first = c.exchange(HttpRequest.newBuilder(server.uri("/api/x?a=1&b=%C3%BC"))
                    .header("Authorization", "Basic eDp5").GET().build());
            Http1Connection.Response second = c.exchange(HttpRequest.newBuilder(server.uri("/api/y"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ä\":1}", StandardCharsets.UTF_8)).build());

            assertThat(first.status()).isEqualTo(200);
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1,\"ü\":true}");
            assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":2,\"ü\":true}");
            assertThat(second.headers()).containsEntry("content-type", "application/json");
        }
        assertThat(server.connections.get()).isEqualTo(1);
        assertThat(server.requests.get(0)).startsWith("GET /api/x?a=1&b=%C3%BC HTTP/1.1\r\n")
                .containsIgnoringCase("authorization: Basic eDp5\r\n").contains("Host: 127.0.0.1:")
                .doesNotContainIgnoringCase("content-length");
        assertThat(server.requests.get(1)).startsWith("POST /api/y HTTP/1.1\r\n")
                .containsIgnoringCase("content-length: 8\r\n").endsWith("\r\n\r\n{\"ä\":1}");
    }

    @Test
    void aGetIsSentAgainWhenTheServerClosedTheIdleConnection() throws IOException {
        server = new ScriptedServer(n -> ok("{}"), 1); // the server closes after every answer, unannounced
        try (Http1Connection c = new Http1Connection(Duration.ofSeconds(5))) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.exchange(HttpRequest.newBuilder(server.uri("/")).GET().build()).status()).isEqualTo(200);
            }
        }
        assertThat(server.requests).hasSize(3);
        assertThat(server.connections.get()).isEqualTo(3);
    }

    @Test
    void connectionCloseIsHonouredAndErrorsAreAnswersToo() throws IOException {
        server = new ScriptedServer(n -> "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: "
                + "application/problem+json\r\n\r\n{\"status\":404}", 1); // the body ends with the connection
        try (Http1Connection c = new Http1Connection(Duration.ofSeconds(5))) {
            for (int i = 0; i < 2; i++) {
                Http1Connection.Response r = c.exchange(HttpRequest.newBuilder(server.uri("/nothing")).GET().build());
                assertThat(r.status()).isEqualTo(404);
                assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":404}");
            }
        }
        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void anAnswerCutOffIsAnErrorAndNotRetried() throws IOException {
        server = new ScriptedServer(n -> "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort", 1);
        try (Http1Connection c = new Http1Connection(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> c.exchange(HttpRequest.newBuilder(server.uri("/")).GET().build()))
                    .isInstanceOf(IOException.class).hasMessageContaining("cut off");
        }
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aSilentServerRunsIntoTheRequestTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Http1Connection c = new Http1Connection(Duration.ofSeconds(5))) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"))
                    .timeout(Duration.ofMillis(200)).GET().build();
            assertThatThrownBy(() -> c.exchange(request)).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }
}
