package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.itests.HttpApi.Answer;

/** The platform as a client meets it: authentication, roles, problems, the user directory and the audit trail. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends ZksTestSupport {

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Test
    public void healthIsOpenAndEverythingElseNeedsCredentials() {
        assertEquals(200, http().get("/api/platform/health", null).status());

        Answer anonymous = http().get("/api/platform/me", null);
        assertProblem(anonymous, 401);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));

        Answer wrong = http().send("GET", "/api/platform/me", null, null, null,
            Map.of("Authorization", HttpApi.basic(EMPLOYEE, "not-the-password")));
        assertProblem(wrong, 401);
    }

    @Test
    public void theWebPageLogsInOnceAndKeepsOnlyASessionCookie() {
        Map<String, String> page = Map.of("X-ZKS-Request", "1");
        Answer wrong = http().send("POST", "/api/platform/session", null,
            "{\"user\":\"" + EMPLOYEE + "\",\"password\":\"wrong\"}", "application/json", page);
        assertProblem(wrong, 401);
        assertNull("no Basic challenge for the page: the browser would show its own dialog", wrong.header("WWW-Authenticate"));
        assertProblem(http().send("POST", "/api/platform/session", null, "{\"user\":\"\"}", "application/json", page), 400);
        assertProblem(http().send("POST", "/api/platform/session", null,
            "{\"user\":\"" + EMPLOYEE + "\",\"password\":\"" + PASSWORD + "\"}", "application/json", Map.of()), 403);

        Answer login = http().send("POST", "/api/platform/session", null,
            "{\"user\":\"" + EMPLOYEE + "\",\"password\":\"" + PASSWORD + "\"}", "application/json", page);
        assertEquals(login.toString(), 200, login.status());
        assertEquals(EMPLOYEE, login.json().get("name").asText());
        String setCookie = login.header("Set-Cookie");
        assertTrue(setCookie, setCookie.startsWith("ZKS_SESSION=") && setCookie.contains("HttpOnly")
            && setCookie.contains("SameSite=Strict") && !setCookie.contains("Max-Age") && !setCookie.contains("Expires"));
        Map<String, String> cookie = Map.of("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
        Map<String, String> cookieFromPage = Map.of("Cookie", cookie.get("Cookie"), "X-ZKS-Request", "1");

        assertEquals(EMPLOYEE, http().send("GET", "/api/platform/me", null, null, null, cookie).json().get("name").asText());
        Answer crossSite = http().send("POST", "/api/incidents", null, "{}", "application/json", cookie);
        assertProblem(crossSite, 403);
        assertTrue(crossSite.body(), crossSite.body().contains("X-ZKS-Request"));

        assertEquals(204, http().send("DELETE", "/api/platform/session", null, null, null, cookieFromPage).status());
        Answer after = http().send("GET", "/api/platform/me", null, null, null, cookieFromPage);
        assertProblem(after, 401);
        assertNull(after.header("WWW-Authenticate"));
    }

    @Test
    public void theWebPageAndTheApiReferenceAreServed() {
        Answer page = http().get("/", null);
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("<html lang=\"de\">") && page.body().contains("/shell/app.js"));
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals(200, http().get("/shell/app.js", null).status());
        assertTrue(http().get("/web/config.json", null).body().contains("\"alarmShortcut\":\"Ctrl+Alt+A\""));
        int traversal = http().get("/web/incidents/%2e%2e/%2e%2e/libraries.properties", null).status();
        assertTrue("no way out of a part's folder: " + traversal, traversal == 400 || traversal == 404);
        assertEquals(404, http().get("/web/nope/part.js", null).status());
        Answer docs = http().get("/api/docs/", null);
        assertEquals(200, docs.status());
        assertTrue(docs.body().contains("swagger-ui-bundle.js"));
        assertEquals(200, http().get("/api/docs/swagger-ui-bundle.js", null).status());
        assertEquals("the API keeps answering beside the page", 200, http().get("/api/platform/health", null).status());
    }

    @Test
    public void forbiddenIsNotUnauthenticated() {
        assertProblem(http().get("/api/platform/users", EMPLOYEE), 403);
        assertProblem(http().get("/api/platform/audit", MANAGER), 403);
        assertEquals(200, http().get("/api/platform/users", ADMIN).status());
    }

    /**
     * An operator manages users with Karaf's own commands; the API sees a new user, a role given and a user removed
     * within seconds (the default realm's file is watched), not only after the login cache's 30 s.
     */
    @Test
    public void usersManagedWithKarafsCommandsCountForTheApiWithinSeconds() throws Exception {
        String user = "carla";
        console("jaas:realm-manage --realm karaf; jaas:user-add " + user + " " + PASSWORD + "; jaas:role-add " + user
            + " employee; jaas:update", ADMIN, "admin");
        try {
            JsonNode me = awaitMe(user, a -> a.status() == 200);
            assertEquals("[\"employee\"]", me.get("roles").toString());

            console("jaas:realm-manage --realm karaf; jaas:role-add " + user + " security-manager; jaas:update",
                ADMIN, "admin");
            me = awaitMe(user, a -> a.status() == 200 && a.body().contains("security-manager"));
            assertTrue(me.get("roles").toString(), me.get("roles").toString().contains("security-manager"));
        } finally {
            console("jaas:realm-manage --realm karaf; jaas:user-delete " + user + "; jaas:update", ADMIN, "admin");
        }
        awaitMe(user, a -> a.status() == 401);
    }

    /** Asks GET /api/platform/me as {@code user} until {@code done} holds, at most 5 s; answers the last JSON. */
    private JsonNode awaitMe(String user, java.util.function.Predicate<Answer> done) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        Answer a;
        while (true) {
            a = http().get("/api/platform/me", user);
            if (done.test(a) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(200);
        }
        assertTrue("not within 5 s: HTTP " + a.status() + " " + a.body(), done.test(a));
        return a.status() == 200 ? a.json() : null;
    }

    @Test
    public void adminKeepsTheDirectoryAndEveryoneSeesThemself() {
        Answer put = http().put("/api/platform/users/" + EMPLOYEE, ADMIN,
            "{\"displayName\":\"Eva Beispiel\",\"units\":[\"Bürgeramt Innenstadt\"]}");
        assertEquals(put.body(), 200, put.status());
        assertNotNull(put.header("ETag"));

        JsonNode me = http().get("/api/platform/me", EMPLOYEE).json();
        assertEquals("eva", me.get("name").asText());
        assertEquals("Eva Beispiel", me.get("displayName").asText());
        assertEquals("Bürgeramt Innenstadt", me.get("units").get(0).asText());
        assertEquals("employee", me.get("roles").get(0).asText());

        JsonNode audit = http().get("/api/platform/audit?recordType=user&recordId=eva", ADMIN).json();
        assertTrue(audit.get("total").asLong() >= 1);
        assertEquals("admin", audit.get("items").get(0).get("actor").asText());
    }

    @Test
    public void staleWritesAreRefusedWith412() {
        Answer first = http().put("/api/platform/users/" + OTHER_EMPLOYEE, ADMIN, "{\"displayName\":\"Otto\"}");
        String etag = first.header("ETag");
        Answer second = http().send("PUT", "/api/platform/users/" + OTHER_EMPLOYEE, ADMIN,
            "{\"displayName\":\"Otto Normal\"}", "application/json", Map.of("If-Match", etag));
        assertEquals(second.body(), 200, second.status());
        Answer stale = http().send("PUT", "/api/platform/users/" + OTHER_EMPLOYEE, ADMIN,
            "{\"displayName\":\"Otto Stale\"}", "application/json", Map.of("If-Match", etag));
        assertProblem(stale, 412);
    }

    @Test
    public void badInputIsAProblemNamingTheField() {
        Answer malformed = http().put("/api/platform/users/x", ADMIN, "{\"displayName\": ");
        assertProblem(malformed, 400);

        Answer wrongType = http().put("/api/platform/users/x", ADMIN, "{\"units\": \"not a list\"}");
        assertProblem(wrongType, 400);
        assertEquals("units", wrongType.json().get("errors").get(0).get("field").asText());

        Answer unknown = http().put("/api/platform/users/x", ADMIN, "{\"displayNam\": \"typo\"}");
        assertProblem(unknown, 400);
        assertEquals("displayNam", unknown.json().get("errors").get(0).get("field").asText());

        Answer tooLong = http().put("/api/platform/users/x", ADMIN, "{\"displayName\": \"" + "x".repeat(201) + "\"}");
        assertProblem(tooLong, 400);
        assertEquals("displayName", tooLong.json().get("errors").get(0).get("field").asText());

        Answer notJson = http().send("PUT", "/api/platform/users/x", ADMIN, "displayName=x", "text/plain", Map.of());
        assertProblem(notJson, 415);
        assertEquals("Content-Type", notJson.json().get("errors").get(0).get("field").asText());
        assertTrue(notJson.toString(), notJson.json().get("detail").asText().contains("'text/plain'"));

        Answer huge = http().put("/api/platform/users/x", ADMIN, "{\"displayName\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}");
        assertProblem(huge, 400);
        assertEquals("displayName", huge.json().get("errors").get(0).get("field").asText());
        assertFalse("Jackson's internals stay inside: " + huge, huge.body().contains("StreamReadConstraints"));

        Answer overLimit = http().put("/api/platform/users/x", ADMIN, "{\"units\": [" + "\"x\",".repeat(2_200_000) + "\"x\"]}");
        assertProblem(overLimit, 413);

        assertEquals("nothing was stored", 404, http().get("/api/platform/users/x", ADMIN).status());
    }

    @Test
    public void unknownPathsAreProblemsNotHtml() {
        assertProblem(http().get("/api/no-such-module/x", ADMIN), 404);
        assertProblem(http().get("/api/platform/no-such-thing", ADMIN), 404);
        Answer method = http().send("DELETE", "/api/platform/health", ADMIN, null, null, Map.of());
        assertProblem(method, 405);
        assertTrue(method.toString(), method.json().get("detail").asText().contains("allowed: "));
        assertNotNull(method.toString(), method.header("Allow"));
        Answer html = http().send("GET", "/api/platform/me", ADMIN, null, null, Map.of("Accept", "text/html"));
        assertProblem(html, 406);
        assertEquals("Accept", html.json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void modulesListsWhatIsInstalled() {
        JsonNode modules = http().get("/api/platform/modules", null).json();
        assertTrue(modules.toString(), modules.toString().contains("\"platform\""));
    }

    @Test
    public void oneOpenApiDocumentDescribesTheInstalledEndpoints() {
        JsonNode doc = http().get("/api/openapi.json", null).json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        JsonNode users = doc.get("paths").get("/api/platform/users/{name}");
        assertNotNull(doc.get("paths").toString(), users);
        assertNotNull(users.get("put").get("requestBody"));
        assertTrue(users.get("put").get("description").asText().contains("admin"));
        assertNotNull(doc.get("components").get("schemas").get("UserProfile"));
    }

    @Test
    public void operatorsKeepUsersAndReadTheAuditTrailInTheConsole() throws Exception {
        String set = console("platform:user-set --display-name 'Konsole Test' --unit 'Ordnungsamt' konsole", ADMIN, "admin");
        assertTrue(set, set.contains("Konsole Test"));
        String users = console("platform:users --unit Ordnungsamt", ADMIN, "admin");
        assertTrue(users, users.contains("konsole"));
        assertEquals("Ordnungsamt", http().get("/api/platform/users/konsole", ADMIN).json().get("units").get(0).asText());
        String audit = console("platform:audit --type user --id konsole", ADMIN, "admin");
        assertTrue(audit, audit.contains("CREATE"));

        String refused = console("platform:users", EMPLOYEE, "employee");
        assertTrue(refused, refused.contains("Only an admin may read or change the user directory"));
        String notAllowed = console("platform:user-set --unit Ordnungsamt eva", EMPLOYEE, "employee");
        assertTrue(notAllowed, notAllowed.contains("Only an admin may read or change the user directory"));
        String auditRefused = console("platform:audit", MANAGER, "security-manager");
        assertTrue(auditRefused, auditRefused.contains("Only an admin may read the audit trail"));
    }

    @Test
    public void failedLoginsAreLoggedWithoutThePassword() throws Exception {
        http().send("GET", "/api/platform/me", null, null, null,
            Map.of("Authorization", HttpApi.basic("mallory", "secret-guess-123")));
        String log = new String(java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of(System.getProperty("karaf.log"), "karaf.log")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue("failed login logged with user and source", log.contains("Failed login: user 'mallory' from 127.0.0.1"));
        assertTrue("password never logged", !log.contains("secret-guess-123"));
    }

    static void assertProblem(Answer answer, int status) {
        assertEquals(answer.toString(), status, answer.status());
        String type = answer.header("Content-Type");
        assertNotNull(answer.toString(), type);
        assertTrue(answer + " has " + type, type.startsWith("application/problem+json"));
        JsonNode body = answer.json();
        assertEquals(status, body.get("status").asInt());
        assertNotNull(body.get("title"));
        assertFalse(answer + " has no detail", body.path("detail").asText().isBlank());
        assertNull("no stack trace to the client", body.get("trace"));
        assertTrue(!answer.body().contains("Exception"));
    }
}
