package de.koeln.zks.itests;

import static de.koeln.zks.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.itests.HttpApi.Answer;

/**
 * Consultations over HTTP: an employee asks for advice for their unit, a security manager takes it, plans an
 * inspection from it and closes it with the outcome; another unit sees nothing; bad input names the field; the
 * console lists the open ones.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsultationsIT extends ZksTestSupport {
    private static final String CONSULTATIONS = "/api/inspections/consultations";
    private static final String UNIT = "Bürgeramt Innenstadt";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/inspections/templates", "/api/inspections/inspections", CONSULTATIONS));
        return paths;
    }

    @Before
    public void unitsOfTheStaff() {
        http().put("/api/platform/users/" + EMPLOYEE, ADMIN, "{\"displayName\":\"Eva\",\"units\":[\"" + UNIT + "\"]}");
        http().put("/api/platform/users/" + OTHER_EMPLOYEE, ADMIN, "{\"displayName\":\"Otto\",\"units\":[\"Jobcenter Mülheim\"]}");
    }

    private static String request(String unit, String urgency) {
        return "{" + (unit == null ? "" : "\"unit\":\"" + unit + "\",") + "\"topic\":\"Drohungen am Schalter\","
            + "\"description\":\"Ein Kunde droht seit Tagen; wie sichern wir den Schalter?\",\"urgency\":\"" + urgency + "\","
            + "\"contact\":{\"name\":\"Eva Schmitz\",\"phone\":\"0221 221-12345\",\"email\":\"eva.schmitz@stadt-koeln.de\"},"
            + "\"location\":{\"building\":\"Laurenzplatz 4\",\"room\":\"E.12\"}}";
    }

    private long template(String name) {
        Answer created = http().post("/api/inspections/templates", MANAGER, "{\"name\":\"" + name + "\",\"items\":["
            + "{\"key\":\"alarm\",\"category\":\"TECHNICAL\",\"question\":\"Stiller Alarm am Arbeitsplatz vorhanden?\",\"fromLevel\":0}]}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static Map<String, String> ifMatch(String etag) {
        return Map.of("If-Match", etag);
    }

    @Test
    public void anEmployeeAsksAManagerTakesItPlansAnInspectionAndClosesItWithTheOutcome() {
        Answer asked = http().post(CONSULTATIONS, EMPLOYEE, request(null, "URGENT"));
        assertEquals(asked.body(), 201, asked.status());
        long id = asked.json().get("id").asLong();
        assertTrue(asked.header("Location"), asked.header("Location").endsWith(CONSULTATIONS + "/" + id));
        assertEquals("the requester's only unit", UNIT, asked.json().get("unit").asText());
        assertEquals("REQUESTED", asked.json().get("state").asText());
        assertEquals("eva", asked.json().get("requestedBy").asText());
        assertNotNull(asked.json().get("respondBy").asText());
        String base = CONSULTATIONS + "/" + id;

        JsonNode open = http().get(CONSULTATIONS + "?open=true&urgency=URGENT", MANAGER).json();
        assertTrue(open.toString(), ids(open).contains(id));
        Answer seen = http().get(base, MANAGER);
        String etag = seen.header("ETag");
        assertNotNull(etag);

        Answer taken = http().send("POST", base + "/take", MANAGER, null, null, ifMatch(etag));
        assertEquals(taken.body(), 200, taken.status());
        assertEquals("IN_PROGRESS", taken.json().get("state").asText());
        assertEquals("sam", taken.json().get("handler").asText());
        assertProblem(http().send("POST", base + "/take", MANAGER, "{\"handler\":\"sophie\"}", "application/json",
            ifMatch(etag)), 412);
        Answer handedOver = http().send("POST", base + "/take", MANAGER, "{\"handler\":\"sophie\"}", "application/json",
            ifMatch(taken.header("ETag")));
        assertEquals(handedOver.body(), 200, handedOver.status());
        assertEquals("sophie", handedOver.json().get("handler").asText());

        long template = template("Beratung Schalter");
        String plan = "{\"template\":" + template + ",\"scheduledFor\":\"" + LocalDate.now().plusDays(7) + "\",\"riskLevel\":2}";
        Answer planned = http().post(base + "/inspection", SECOND_MANAGER, plan);
        assertEquals(planned.body(), 201, planned.status());
        long inspection = planned.json().get("id").asLong();
        assertEquals(UNIT, planned.json().get("unit").asText());
        assertEquals("Laurenzplatz 4", planned.json().get("location").get("building").asText());
        assertEquals(id, planned.json().get("consultation").asLong());
        assertTrue(planned.header("Location"), planned.header("Location").endsWith("/api/inspections/inspections/" + inspection));
        assertEquals(id, http().get("/api/inspections/inspections/" + inspection, EMPLOYEE).json().get("consultation").asLong());
        Answer twice = http().post(base + "/inspection", MANAGER, plan);
        assertProblem(twice, 409);
        assertTrue(twice.body(), twice.json().get("detail").asText().contains("already led to inspection " + inspection));

        assertProblem(http().post(base + "/close", SECOND_MANAGER, "{\"outcome\":\" \"}"), 400);
        Answer closed = http().post(base + "/close", SECOND_MANAGER, "{\"outcome\":\"Tresenerhöhung und Alarmknopf; Begehung geplant\"}");
        assertEquals(closed.body(), 200, closed.status());
        assertEquals("CLOSED", closed.json().get("state").asText());
        Answer again = http().post(base + "/close", MANAGER, "{\"outcome\":\"noch einmal\"}");
        assertProblem(again, 409);
        assertTrue(again.body(), again.json().get("detail").asText().contains("already CLOSED"));
        assertProblem(http().post(base + "/decline", MANAGER, "{\"reason\":\"zu spät\"}"), 409);

        JsonNode mine = http().get(base, EMPLOYEE).json();
        assertEquals("CLOSED", mine.get("state").asText());
        assertEquals("Tresenerhöhung und Alarmknopf; Begehung geplant", mine.get("outcome").asText());
        assertEquals(inspection, mine.get("inspection").asLong());
        assertEquals(closed.json().get("version").asLong(), mine.get("version").asLong());
        assertFalse(ids(http().get(CONSULTATIONS + "?open=true", MANAGER).json()).contains(id));
    }

    @Test
    public void anotherUnitSeesNothingAndStaffCannotHandleConsultations() {
        long id = http().post(CONSULTATIONS, EMPLOYEE, request(UNIT, "SOON")).json().get("id").asLong();
        assertProblem(http().get(CONSULTATIONS + "/" + id, OTHER_EMPLOYEE), 404);
        assertFalse(ids(http().get(CONSULTATIONS, OTHER_EMPLOYEE).json()).contains(id));
        assertEquals(0, http().get(CONSULTATIONS + "?unit=" + "B%C3%BCrgeramt%20Innenstadt", OTHER_EMPLOYEE).json().get("total").asInt());
        assertTrue(ids(http().get(CONSULTATIONS, EMPLOYEE).json()).contains(id));
        assertProblem(http().post(CONSULTATIONS + "/" + id + "/take", EMPLOYEE, ""), 403);
        assertProblem(http().post(CONSULTATIONS + "/" + id + "/close", EMPLOYEE, "{\"outcome\":\"selbst erledigt\"}"), 403);
        Answer declined = http().post(CONSULTATIONS + "/" + id + "/decline", MANAGER, "{\"reason\":\"Zuständig ist die Gebäudewirtschaft\"}");
        assertEquals(declined.body(), 200, declined.status());
        assertEquals("DECLINED", declined.json().get("state").asText());
    }

    @Test
    public void badInputIsAProblemWithTheFieldsNamed() {
        Answer noTopic = http().post(CONSULTATIONS, EMPLOYEE, "{\"contact\":{\"name\":\"Eva\",\"email\":\"eva(at)stadt\"}}");
        assertProblem(noTopic, 400);
        assertEquals(Set.of("topic", "contact.email"), fields(noTopic));
        Answer noWayToCall = http().post(CONSULTATIONS, EMPLOYEE, "{\"topic\":\"Rat\",\"contact\":{\"name\":\"Eva\"}}");
        assertProblem(noWayToCall, 400);
        assertEquals(Set.of("contact"), fields(noWayToCall));
        Answer foreignUnit = http().post(CONSULTATIONS, EMPLOYEE, request("Jobcenter Mülheim", "ROUTINE"));
        assertProblem(foreignUnit, 400);
        assertEquals(Set.of("unit"), fields(foreignUnit));
        Answer badUrgency = http().get(CONSULTATIONS + "?urgency=SOFORT", EMPLOYEE);
        assertProblem(badUrgency, 400);
        assertEquals(Set.of("urgency"), fields(badUrgency));
        assertProblem(http().get(CONSULTATIONS + "/999999", MANAGER), 404);
    }

    @Test
    public void theConsoleListsTheOpenConsultationsByUrgency() throws Exception {
        waitFor("the consultation command is registered", java.time.Duration.ofSeconds(60), () -> {
            try {
                return !console("inspection:consultations", MANAGER, "security-manager").contains("Command not found");
            } catch (Exception e) {
                return false;
            }
        });
        long id = http().post(CONSULTATIONS, EMPLOYEE, request(UNIT, "URGENT")).json().get("id").asLong();
        String list = console("inspection:consultations --urgency urgent", MANAGER, "security-manager");
        assertTrue(list, list.contains("Drohungen am Schalter") && list.contains(String.valueOf(id)) && list.contains("URGENT"));
    }

    private static Set<Long> ids(JsonNode page) {
        Set<Long> ids = new HashSet<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static Set<String> fields(Answer problem) {
        Set<String> fields = new HashSet<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
