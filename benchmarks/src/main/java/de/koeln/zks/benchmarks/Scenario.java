package de.koeln.zks.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** The measured scenarios and the request each of them sends. */
public enum Scenario {

    /** Trivial endpoint without credentials: the cost of the HTTP stack alone. */
    TRIVIAL("trivial", false),
    /** Same endpoint with a Basic header: adds authentication (JAAS login) per request. */
    TRIVIAL_AUTH("trivial-auth", true),
    /** Creates one generated incident per request: validation, persistence, audit. */
    POST("post", true),
    /** Filtered, paged search over the stored incidents. */
    GET_FILTERED("get-filtered", true);

    static final String HEALTH = "/api/platform/health";
    static final String INCIDENTS = "/api/incidents";

    private final String id;
    private final boolean authenticated;

    Scenario(String id, boolean authenticated) {
        this.id = id;
        this.authenticated = authenticated;
    }

    public String id() { return id; }

    public boolean authenticated() { return authenticated; }

    public static Optional<Scenario> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** Builds the next request of this scenario; {@code generator} belongs to the calling worker. */
    public HttpRequest request(Target target, IncidentGenerator generator) {
        switch (this) {
            case TRIVIAL:
                return target.get(HEALTH, false);
            case TRIVIAL_AUTH:
                return target.get(HEALTH, true);
            case POST:
                return target.postJson(INCIDENTS, generator.nextIncident().toJson());
            case GET_FILTERED:
                return target.get(INCIDENTS + "?" + generator.nextFilterQuery(), true);
            default:
                throw new IllegalStateException(id);
        }
    }

    /** Where requests go and how they authenticate. */
    public static final class Target {
        private final URI base;
        private final String authorization;
        private final Duration timeout;

        public Target(URI base, String user, String password, Duration timeout) {
            this.base = base;
            this.authorization = password == null ? null : basic(user, password);
            this.timeout = timeout;
        }

        static String basic(String user, String password) {
            String pair = user + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        public URI base() { return base; }

        public HttpRequest get(String pathAndQuery, boolean auth) {
            return builder(pathAndQuery, auth).GET().build();
        }

        public HttpRequest postJson(String path, String json) {
            return builder(path, true)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build();
        }

        public HttpRequest putJson(String path, String json) {
            return builder(path, true)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build();
        }

        private HttpRequest.Builder builder(String pathAndQuery, boolean auth) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                    .timeout(timeout)
                    .header("Accept", "application/json");
            if (auth) {
                if (authorization == null) {
                    throw new IllegalStateException("no password given for an authenticated request");
                }
                b.header("Authorization", authorization);
            }
            return b;
        }
    }
}
