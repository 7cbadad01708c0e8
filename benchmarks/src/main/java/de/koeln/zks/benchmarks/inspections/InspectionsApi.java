package de.koeln.zks.benchmarks.inspections;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.koeln.zks.benchmarks.Scenario.Target;

/** The requests of {@code /api/inspections} the driver sends, on one HTTP/1.1 client (one connection). */
final class InspectionsApi {
    static final String BASE = "/api/inspections";
    static final String MEASURES = BASE + "/measures";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A non-2xx answer or a failed request. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final String operation;
        final int status;

        Failure(String operation, int status, String message, Throwable cause) {
            super(operation + (status > 0 ? " HTTP " + status : "") + ": " + message, cause);
            this.operation = operation;
            this.status = status;
        }

        /** e.g. {@code measure HTTP 400} or {@code measure HttpTimeoutException}, as errors are counted. */
        String key() {
            return operation + " " + (status > 0 ? "HTTP " + status : getCause() == null ? "?" : getCause().getClass().getSimpleName());
        }
    }

    private final HttpClient client;
    private final Target target;

    InspectionsApi(HttpClient client, Target target) {
        this.client = client;
        this.target = target;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code total} of a measure list with the given query ({@code limit=1} is added). */
    long measureTotal(String query) throws Failure {
        return send("count", target.get(MEASURES + "?limit=1" + (query.isEmpty() ? "" : "&" + query), true)).path("total")
            .asLong(-1);
    }

    /** The id of the template named {@code name} (latest version), or of the first template; -1 if there is none. */
    long templateId(String name) throws Failure {
        JsonNode all = send("templates", target.get(BASE + "/templates", true));
        long first = -1;
        for (JsonNode t : all) {
            if (name.equals(t.path("name").asText())) {
                return t.path("id").asLong();
            }
            first = first < 0 ? t.path("id").asLong() : first;
        }
        return first;
    }

    long createTemplate(String name, int items) throws Failure {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(Map.of("key", "item-" + i, "category", "BUILDING", "fromLevel", 0, "question", "Prüfpunkt " + i + "?"));
        }
        return send("template", target.postJson(BASE + "/templates", json(Map.of("name", name, "items", list))))
            .path("id").asLong();
    }

    /** Plans an inspection at risk level 3 (every item required); the answer lists its item keys. */
    JsonNode plan(long template, String unit, String building, LocalDate on) throws Failure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", template);
        body.put("unit", unit);
        body.put("location", Map.of("building", building, "room", "Schalter"));
        body.put("scheduledFor", on.toString());
        body.put("riskLevel", 3);
        return send("plan", target.postJson(BASE + "/inspections", json(body)));
    }

    void answer(long inspection, String key, String result) throws Failure {
        send("answer", target.putJson(BASE + "/inspections/" + inspection + "/answers/" + encode(key),
            json(Map.of("result", result, "note", "Benchmark"))));
    }

    /** Completes an inspection; the answer lists its findings. */
    JsonNode complete(long inspection) throws Failure {
        return send("complete", target.postJson(BASE + "/inspections/" + inspection + "/complete", "{}"));
    }

    long addMeasure(long finding, String what, String ownerUnit, LocalDate due) throws Failure {
        return send("measure", target.postJson(BASE + "/findings/" + finding + "/measures",
            json(Map.of("what", what, "ownerUnit", ownerUnit, "due", due.toString())))).path("id").asLong();
    }

    void done(long measure) throws Failure {
        send("done", target.postJson(MEASURES + "/" + measure + "/done", "{\"note\":\"Benchmark\"}"));
    }

    private JsonNode send(String operation, HttpRequest request) throws Failure {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Failure(operation, 0, request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(operation, 0, "interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new Failure(operation, response.statusCode(), request.method() + " " + request.uri() + " -> "
                + shorten(response.body()), null);
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new Failure(operation, 0, "the answer is no JSON: " + shorten(response.body()), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return s.length() <= 300 ? s : s.substring(0, 300) + " ...";
    }
}
