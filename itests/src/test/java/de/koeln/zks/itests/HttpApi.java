package de.koeln.zks.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client as the platform's clients use it: JSON, Basic auth, headers. */
public final class HttpApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpApi(String base) {
        this.base = base;
    }

    public record Answer(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path, String user) {
        return send("GET", path, user, null, null, Map.of());
    }

    public Answer post(String path, String user, String json) {
        return send("POST", path, user, json, "application/json", Map.of());
    }

    public Answer put(String path, String user, String json) {
        return send("PUT", path, user, json, "application/json", Map.of());
    }

    public Answer send(String method, String path, String user, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", basic(user, ZksTestSupport.PASSWORD));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** A GET of binary content, e.g. a PDF: status, headers and the bytes as they came. */
    public HttpResponse<byte[]> getBytes(String path, String user) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET()
            .header("Authorization", basic(user, ZksTestSupport.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST with a binary body, e.g. a photo. */
    public Answer postBytes(String path, String user, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Authorization", basic(user, ZksTestSupport.PASSWORD));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
