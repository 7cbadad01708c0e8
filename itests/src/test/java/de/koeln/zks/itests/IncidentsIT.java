package de.koeln.zks.itests;

import static de.koeln.zks.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.koeln.zks.itests.HttpApi.Answer;

/** The incidents module over HTTP and in the console, as staff, security managers and operators use it. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IncidentsIT extends ZksTestSupport {
    static final String SAMPLE = "{\"occurredAt\": \"2026-11-20T10:15:00+01:00\", \"unit\": \"Bürgeramt Innenstadt\","
        + " \"location\": {\"building\": \"Laurenzplatz 4\", \"room\": \"E.12\"}, \"kind\": \"THREAT\", \"level\": 2,"
        + " \"description\": \"Kunde drohte mit Schlägen\", \"policeCalled\": true}";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/incidents", "/api/incidents/statistics", "/api/incidents/notices",
            "/api/incidents/notices/current", "/api/incidents/export.csv"));
        return paths;
    }

    @Before
    public void unitsOfTheStaff() {
        http().put("/api/platform/users/" + EMPLOYEE, ADMIN, "{\"displayName\":\"Eva\",\"units\":[\"Bürgeramt Innenstadt\"]}");
        http().put("/api/platform/users/" + OTHER_EMPLOYEE, ADMIN, "{\"displayName\":\"Otto\",\"units\":[\"Jobcenter Mülheim\"]}");
    }

    static String report(String unit, String kind, int level, String description) {
        return "{\"occurredAt\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1).withNano(0) + "\",\"unit\":\"" + unit
            + "\",\"kind\":\"" + kind + "\",\"level\":" + level + ",\"description\":\"" + description + "\"}";
    }

    @Test
    public void theSampleReportIsAcceptedAsItIs() {
        Answer created = http().post("/api/incidents", EMPLOYEE, SAMPLE);
        assertEquals(created.body(), 201, created.status());
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertTrue(created.header("Location").endsWith("/api/incidents/" + id));
        assertNotNull(created.header("ETag"));
        assertEquals("REPORTED", body.get("status").asText());
        assertTrue(body.has("version"));
        assertEquals("THREAT", body.get("kind").asText());
        assertEquals(2, body.get("level").asInt());
        assertEquals("Laurenzplatz 4", body.get("location").get("building").asText());
        assertTrue(body.get("policeCalled").asBoolean());
        assertEquals("2026-11-20T10:15:00+01:00", body.get("occurredAt").asText());
        assertEquals(EMPLOYEE, body.get("reportedBy").asText());

        JsonNode read = http().get("/api/incidents/" + id, EMPLOYEE).json();
        assertEquals("Kunde drohte mit Schlägen", read.get("description").asText());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = total(EMPLOYEE);
        assertField(http().post("/api/incidents", EMPLOYEE, SAMPLE.replace("\"kind\": \"THREAT\", ", "")), "kind");
        assertField(http().post("/api/incidents", EMPLOYEE, SAMPLE.replace("\"THREAT\"", "\"ROBBERY\"")), "kind");
        assertField(http().post("/api/incidents", EMPLOYEE, SAMPLE.replace("\"level\": 2", "\"level\": 4")), "level");
        assertField(http().post("/api/incidents", EMPLOYEE, SAMPLE.replace("\"level\": 2", "\"level\": \"high\"")), "level");
        assertField(http().post("/api/incidents", EMPLOYEE, SAMPLE.replace("2026-11-20T10:15:00+01:00",
            OffsetDateTime.now().plusDays(2).withNano(0).toString())), "occurredAt");
        assertField(http().post("/api/incidents", EMPLOYEE, SAMPLE.replace("Kunde drohte mit Schlägen",
            "x".repeat(5 * 1024 * 1024))), "description");
        assertProblem(http().post("/api/incidents", EMPLOYEE, "{\"kind\": \"THREAT\", "), 400);
        assertField(http().send("POST", "/api/incidents", EMPLOYEE, SAMPLE, "text/plain", Map.of()), 415, "Content-Type");
        assertEquals("nothing was stored", before, total(EMPLOYEE));
    }

    @Test
    public void staffSeeOnlyTheirOwnReports() {
        long id = http().post("/api/incidents", EMPLOYEE, report("Bürgeramt Innenstadt", "INSULT", 1, "Beleidigung")).json()
            .get("id").asLong();
        assertProblem(http().get("/api/incidents/" + id, OTHER_EMPLOYEE), 404);
        JsonNode others = http().get("/api/incidents?limit=500", OTHER_EMPLOYEE).json();
        for (JsonNode item : others.get("items")) {
            assertFalse(item.get("id").asLong() == id);
        }
        JsonNode forManager = http().get("/api/incidents/" + id, MANAGER).json();
        assertEquals(EMPLOYEE, forManager.get("reportedBy").asText());
        assertProblem(http().get("/api/incidents", null), 401);
        assertProblem(http().get("/api/incidents/statistics", EMPLOYEE), 403);
    }

    @Test
    public void aRetriedSubmitWithTheSameIdempotencyKeyCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        long before = total(EMPLOYEE);
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        String body = report("Bürgeramt Innenstadt", "COERCION", 2, "Nötigung am Schalter");
        Answer first = http().send("POST", "/api/incidents", EMPLOYEE, body, "application/json", headers);
        Answer retry = http().send("POST", "/api/incidents", EMPLOYEE, body, "application/json", headers);
        assertEquals(first.body(), 201, first.status());
        assertTrue(retry.body(), retry.status() == 201 || retry.status() == 200);
        assertEquals(first.json().get("id").asLong(), retry.json().get("id").asLong());
        assertEquals(before + 1, total(EMPLOYEE));
    }

    @Test
    public void listsArePagedAndFiltered() {
        String unit = "Ordnungsamt " + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, http().post("/api/incidents", MANAGER, report(unit, i % 2 == 0 ? "THREAT" : "INSULT", i % 4, "Fall " + i)).status());
        }
        String q = "/api/incidents?unit=" + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode page = http().get(q + "&limit=2&offset=0", MANAGER).json();
        assertEquals(5, page.get("total").asLong());
        assertEquals(2, page.get("items").size());
        assertEquals(1, http().get(q + "&limit=2&offset=4", MANAGER).json().get("items").size());
        assertEquals(3, http().get(q + "&kind=THREAT", MANAGER).json().get("total").asLong());
        assertField(http().get(q + "&limit=0", MANAGER), "limit");
        assertField(http().get(q + "&level=7", MANAGER), "level");
        assertField(http().get(q + "&status=LOST", MANAGER), "status");
    }

    @Test
    public void aPeriodGivenAsDatesIsWholeDaysInCologne() {
        String unit = "Stadtkasse " + UUID.randomUUID();
        for (String occurred : List.of("2025-10-31T23:30:00+01:00", "2025-11-01T00:30:00+01:00", "2025-11-30T23:30:00+01:00",
                "2025-12-01T00:10:00+01:00")) {
            String body = report(unit, "INSULT", 1, "Beleidigung").replaceFirst("\"occurredAt\":\"[^\"]+\"",
                "\"occurredAt\":\"" + occurred + "\"");
            assertEquals(201, http().post("/api/incidents", MANAGER, body).status());
        }
        String q = "unit=" + java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("the first and the last of November, in Cologne", 2,
            http().get("/api/incidents?" + q + "&from=2025-11-01&to=2025-11-30", MANAGER).json().get("total").asLong());
        assertEquals("one day", 1, http().get("/api/incidents?" + q + "&from=2025-11-30&to=2025-11-30", MANAGER).json()
            .get("total").asLong());
        assertEquals("a date-time is taken as given, its end excluded", 1, http().get("/api/incidents?" + q
            + "&from=2025-11-01T00:00:00%2B01:00&to=2025-11-30T23:30:00%2B01:00", MANAGER).json().get("total").asLong());
        JsonNode stats = http().get("/api/incidents/statistics?from=2025-11-01&to=2025-11-30", MANAGER).json();
        assertEquals(stats.toString(), 2, stats.get("byUnit").get(unit).asLong());
        assertField(http().get("/api/incidents?" + q + "&to=30.11.2025", MANAGER), "to");
    }

    @Test
    public void triageFollowsTheLifecycleAndRefusesIllegalSteps() {
        JsonNode created = http().post("/api/incidents", EMPLOYEE, report("Bürgeramt Innenstadt", "PHYSICAL_ASSAULT", 2, "Schlag")).json();
        long id = created.get("id").asLong();
        assertProblem(http().post("/api/incidents/" + id + "/status", EMPLOYEE, "{\"status\":\"IN_REVIEW\"}"), 403);

        Answer review = http().post("/api/incidents/" + id + "/status", MANAGER, "{\"status\":\"IN_REVIEW\"}");
        assertEquals(review.body(), 200, review.status());
        assertEquals("IN_REVIEW", review.json().get("status").asText());

        Answer illegal = http().post("/api/incidents/" + id + "/status", MANAGER, "{\"status\":\"REPORTED\"}");
        assertProblem(illegal, 409);
        assertTrue(illegal.body(), illegal.body().contains("MEASURES_TAKEN"));

        Answer measure = http().post("/api/incidents/" + id + "/measures", MANAGER,
            "{\"what\":\"Zweiter Mitarbeiter am Schalter\",\"ownerUnit\":\"Bürgeramt Innenstadt\",\"dueOn\":\"2026-12-31\"}");
        assertEquals(measure.body(), 201, measure.status());
        Answer comment = http().post("/api/incidents/" + id + "/comments", MANAGER, "{\"text\":\"Anzeige erstattet\"}");
        assertEquals(comment.body(), 201, comment.status());
        assertEquals(1, http().get("/api/incidents/" + id + "/measures", MANAGER).json().size());

        Answer rejectWithoutReason = http().post("/api/incidents/" + id + "/status", MANAGER, "{\"status\":\"REJECTED\"}");
        assertEquals(rejectWithoutReason.body(), 400, rejectWithoutReason.status());

        JsonNode history = http().get("/api/incidents/" + id + "/history", MANAGER).json();
        assertEquals("IN_REVIEW", history.get(history.size() - 1).get("to").asText());
        assertEquals(MANAGER, history.get(history.size() - 1).get("by").asText());
    }

    @Test
    public void staleWritesAreRefusedWith412() {
        Answer created = http().post("/api/incidents", EMPLOYEE, report("Bürgeramt Innenstadt", "INSULT", 1, "alt"));
        long id = created.json().get("id").asLong();
        String etag = created.header("ETag");
        Answer first = http().send("PUT", "/api/incidents/" + id, MANAGER, report("Bürgeramt Innenstadt", "INSULT", 1, "neu"),
            "application/json", Map.of("If-Match", etag));
        assertEquals(first.body(), 200, first.status());
        Answer stale = http().send("PUT", "/api/incidents/" + id, MANAGER, report("Bürgeramt Innenstadt", "INSULT", 1, "veraltet"),
            "application/json", Map.of("If-Match", etag));
        assertProblem(stale, 412);
        assertEquals("neu", http().get("/api/incidents/" + id, MANAGER).json().get("description").asText());
    }

    @Test
    public void aReportReadAndSentBackWithChangesIsAnUpdateGuardedByItsVersion() {
        long id = http().post("/api/incidents", EMPLOYEE, report("Bürgeramt Innenstadt", "THREAT", 2, "Drohung am Schalter"))
            .json().get("id").asLong();
        ObjectNode read = (ObjectNode) http().get("/api/incidents/" + id, MANAGER).json();
        assertTrue(read.toString(), read.has("id") && read.has("status") && read.has("version") && read.has("reportedAt"));

        read.put("description", "Drohung am Schalter, Täter kam zweimal");
        Answer changed = http().put("/api/incidents/" + id, MANAGER, read.toString());
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("Drohung am Schalter, Täter kam zweimal", changed.json().get("description").asText());
        assertEquals("the server's own fields are not taken from the client", "REPORTED", changed.json().get("status").asText());

        read.put("description", "veraltet");
        assertProblem(http().put("/api/incidents/" + id, MANAGER, read.toString()), 412);
        read.put("status", "CLOSED").put("id", 999_999);
        read.put("version", changed.json().get("version").asLong());
        Answer current = http().put("/api/incidents/" + id, MANAGER, read.toString());
        assertEquals(current.body(), 200, current.status());
        assertEquals(id, current.json().get("id").asLong());
        assertEquals("REPORTED", current.json().get("status").asText());
        assertField(http().put("/api/incidents/" + id, MANAGER, read.put("colour", "rot").toString()), "colour");
    }

    @Test
    public void statisticsAndTheCsvExportServeManagement() {
        http().post("/api/incidents", EMPLOYEE, report("Bürgeramt Innenstadt", "WEAPON", 3, "=HYPERLINK(\\\"http://x\\\")"));
        JsonNode stats = http().get("/api/incidents/statistics", MANAGER).json();
        assertTrue(stats.get("total").asLong() >= 1);
        assertTrue(stats.get("byLevel").has("3"));
        assertTrue(stats.get("byKind").has("WEAPON"));
        assertTrue(stats.get("byUnit").has("Bürgeramt Innenstadt"));

        Answer csv = http().get("/api/incidents/export.csv?kind=WEAPON", MANAGER);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().contains("'=HYPERLINK"));
        assertFalse(csv.body().contains(",=HYPERLINK"));
    }

    @Test
    public void riskNoticesReachTheStaffOfTheirUnitUntilTheyExpire() {
        String now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        Answer notice = http().post("/api/incidents/notices", MANAGER, "{\"title\":\"Aggressiver Kunde\",\"unit\":\"Bürgeramt Innenstadt\","
            + "\"watchFor\":\"Drohungen am Schalter E.12\",\"whatToDo\":\"Termine nur zu zweit\",\"validFrom\":\"" + now
            + "\",\"validUntil\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0) + "\"}");
        assertEquals(notice.body(), 201, notice.status());
        Answer expired = http().post("/api/incidents/notices", MANAGER, "{\"title\":\"Abgelaufen\",\"unit\":\"Bürgeramt Innenstadt\","
            + "\"watchFor\":\"-\",\"whatToDo\":\"-\",\"validFrom\":\"2025-01-01T00:00:00Z\",\"validUntil\":\"2025-02-01T00:00:00Z\"}");
        assertEquals(expired.body(), 201, expired.status());

        String forEva = http().get("/api/incidents/notices/current", EMPLOYEE).body();
        assertTrue(forEva, forEva.contains("Aggressiver Kunde"));
        assertFalse(forEva, forEva.contains("Abgelaufen"));
        assertFalse(http().get("/api/incidents/notices/current", OTHER_EMPLOYEE).body().contains("Aggressiver Kunde"));
        assertTrue(http().get("/api/incidents/notices", MANAGER).body().contains("Abgelaufen"));
        assertProblem(http().post("/api/incidents/notices", EMPLOYEE, "{}"), 403);
    }

    @Test
    public void retentionErasesThePersonalFieldsOfOldClosedReportsAndTheStatisticsKeepCountingThem() throws Exception {
        String unit = "Jugendamt " + UUID.randomUUID();
        String body = report(unit, "PHYSICAL_ASSAULT", 2, "Schlag ins Gesicht").replace("}",
            ",\"injuries\":\"Prellung am Kinn\",\"witnessDetails\":\"Frau K., Kollegin\"}");
        long id = http().post("/api/incidents", EMPLOYEE, body).json().get("id").asLong();
        Answer rejected = http().post("/api/incidents/" + id + "/status", MANAGER,
            "{\"status\":\"REJECTED\",\"reason\":\"Doppelt gemeldet\"}");
        assertEquals(rejected.body(), 200, rejected.status());

        String early = console("incident:erase-expired", ADMIN, "admin");
        assertTrue("not old enough yet: " + early, early.contains("Erased the personal data of 0 incidents"));
        // the report was rejected six years ago (the retention is 1825 days): set its last status change back
        backdateStatusChange(id, LocalDateTime.now(ZoneOffset.UTC).minusYears(6));
        String run = console("incident:erase-expired", ADMIN, "admin");
        assertTrue(run, run.contains("Erased the personal data of 1 incident"));

        JsonNode erased = http().get("/api/incidents/" + id, MANAGER).json();
        assertTrue(erased.toString(), erased.get("erased").asBoolean());
        assertFalse(erased.toString(), erased.toString().contains("Schlag ins Gesicht"));
        assertFalse(erased.toString(), erased.toString().contains("Prellung"));
        assertFalse(erased.toString(), erased.toString().contains("Frau K."));
        assertEquals("what is not personal stays", "PHYSICAL_ASSAULT", erased.get("kind").asText());
        JsonNode stats = http().get("/api/incidents/statistics", MANAGER).json();
        assertEquals(stats.toString(), 1, stats.get("byUnit").get(unit).asLong());
        JsonNode audit = http().get("/api/platform/audit?module=incidents&action=ERASE&recordId=" + id, ADMIN).json();
        assertEquals(audit.toString(), 1, audit.get("total").asLong());
    }

    /** Sets the time of a report's last status change in the database, as if it had been made then. */
    private void backdateStatusChange(long id, LocalDateTime at) throws Exception {
        ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=zks)")
            .iterator().next();
        DataSource dataSource = bundleContext.getService(ref);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                    "UPDATE INCIDENTS_INCIDENT SET STATUS_CHANGED_UTC = ? WHERE ID = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(at));
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    @Test
    public void operatorsSeeAndTriageIncidentsInTheConsole() throws Exception {
        long id = http().post("/api/incidents", EMPLOYEE, report("Bürgeramt Innenstadt", "STALKING", 2, "Nachstellung")).json()
            .get("id").asLong();
        String list = console("incident:list --limit 500", ADMIN, "admin");
        assertTrue(list, list.contains(String.valueOf(id)));
        String show = console("incident:show " + id, ADMIN, "admin");
        assertTrue(show, show.contains("STALKING"));
        console("incident:status " + id + " IN_REVIEW", ADMIN, "admin");
        assertEquals("IN_REVIEW", http().get("/api/incidents/" + id, MANAGER).json().get("status").asText());
        String stats = console("incident:stats", ADMIN, "admin");
        assertTrue(stats, stats.contains("STALKING"));
    }

    @Test
    public void theOpenApiDocumentDescribesTheModule() {
        JsonNode paths = http().get("/api/openapi.json", null).json().get("paths");
        assertNotNull(paths.toString(), paths.get("/api/incidents/{id}/status"));
        JsonNode report = paths.get("/api/incidents").get("post");
        assertNotNull(report.get("requestBody"));
        assertNotNull(report.get("responses").get("201"));
        assertTrue(paths.get("/api/incidents").get("get").get("parameters").toString().contains("\"unit\""));
    }

    private long total(String user) {
        return http().get("/api/incidents?limit=1", user).json().get("total").asLong();
    }

    private static void assertField(Answer answer, String field) {
        assertField(answer, 400, field);
    }

    private static void assertField(Answer answer, int status, String field) {
        assertProblem(answer, status);
        boolean named = false;
        for (JsonNode error : answer.json().get("errors")) {
            named |= field.equals(error.get("field").asText());
        }
        assertTrue(field + " named in " + answer.body(), named);
        assertNull(answer.json().get("stackTrace"));
    }
}
