package de.koeln.zks.itests;

import static de.koeln.zks.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
 * The warning register and the duties per Aachener level over HTTP and in the console: the check's minimal
 * answer, the audit of checks, four eyes, the role boundaries, and the duties a report gets.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WarningsIT extends ZksTestSupport {
    private static final Duration SOON = Duration.ofSeconds(60);

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/incidents", "/api/incidents/warnings", "/api/incidents/warnings/checks",
            "/api/incidents/duties", "/api/incidents/rules"));
        return paths;
    }

    private long incident(String body) {
        Answer created = http().post("/api/incidents", EMPLOYEE, body);
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private String proposal(String name, long incidentId) {
        return "{\"name\":\"" + name + "\",\"birthDate\":\"1980-02-03\",\"level\":2,\"kind\":\"THREAT\","
            + "\"advice\":\"Termine nur zu zweit\",\"expiresOn\":\"" + LocalDate.now().plusMonths(11) + "\","
            + "\"incidents\":[" + incidentId + "]}";
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void aCheckAnswersOnlyYesOrNoLevelAndAdviceAndOnlyAfterASecondSecurityManagerApproved() {
        long incidentId = incident(IncidentsIT.SAMPLE);
        Answer proposed = http().post("/api/incidents/warnings", MANAGER, proposal("Jürgen Müller", incidentId));
        assertEquals(proposed.body(), 201, proposed.status());
        long id = proposed.json().get("id").asLong();
        assertEquals("PROPOSED", proposed.json().get("status").asText());

        String check = "{\"name\":\"Juergen Mueller\",\"birthDate\":\"1980-02-03\",\"purpose\":\"COUNTER_APPOINTMENT\"}";
        Answer before = http().post("/api/incidents/warnings/check", EMPLOYEE, check);
        assertEquals(before.body(), 200, before.status());
        assertEquals("a proposal is not found", Set.of("warning"), fields(before.json()));
        assertFalse(before.json().get("warning").asBoolean());

        assertProblem(http().post("/api/incidents/warnings/" + id + "/approve", MANAGER, ""), 403);
        Answer approved = http().post("/api/incidents/warnings/" + id + "/approve", SECOND_MANAGER, "");
        assertEquals(approved.body(), 200, approved.status());
        assertEquals("ACTIVE", approved.json().get("status").asText());

        Answer found = http().post("/api/incidents/warnings/check", EMPLOYEE, check);
        assertEquals(found.body(), 200, found.status());
        assertEquals("only the minimal answer: " + found.body(), Set.of("warning", "level", "advice", "fuzzy"),
            fields(found.json()));
        assertTrue(found.json().get("warning").asBoolean());
        assertEquals(2, found.json().get("level").asInt());
        assertEquals("Termine nur zu zweit", found.json().get("advice").asText());
        assertFalse(found.json().get("fuzzy").asBoolean());

        Answer fuzzy = http().post("/api/incidents/warnings/check", EMPLOYEE,
            "{\"name\":\"Jurgen Muller\",\"birthDate\":\"1980-02-03\",\"purpose\":\"HOME_VISIT\"}");
        assertTrue(fuzzy.body(), fuzzy.json().get("fuzzy").asBoolean());
    }

    @Test
    public void employeesNeverSeeEntriesAndEveryCheckIsAuditedForTheSecurityManagers() {
        long incidentId = incident(IncidentsIT.SAMPLE);
        long id = http().post("/api/incidents/warnings", MANAGER, proposal("Hannelore Schäfer", incidentId)).json()
            .get("id").asLong();
        http().post("/api/incidents/warnings/" + id + "/approve", SECOND_MANAGER, "");

        assertProblem(http().get("/api/incidents/warnings", EMPLOYEE), 403);
        assertProblem(http().get("/api/incidents/warnings/" + id, EMPLOYEE), 403);
        assertProblem(http().post("/api/incidents/warnings", EMPLOYEE, proposal("X Y", incidentId)), 403);
        assertProblem(http().get("/api/incidents/warnings/checks", EMPLOYEE), 403);
        assertProblem(http().post("/api/incidents/warnings/" + id + "/reject", EMPLOYEE, "{\"reason\":\"x\"}"), 403);

        Answer checked = http().post("/api/incidents/warnings/check", OTHER_EMPLOYEE,
            "{\"name\":\"Hannelore Schaefer\",\"birthDate\":\"1980-02-03\",\"purpose\":\"ENFORCEMENT\"}");
        assertTrue(checked.body(), checked.json().get("warning").asBoolean());

        Answer log = http().get("/api/incidents/warnings/checks?checkedBy=" + OTHER_EMPLOYEE, MANAGER);
        assertEquals(log.body(), 200, log.status());
        JsonNode entry = log.json().get("items").get(0);
        assertEquals(OTHER_EMPLOYEE, entry.get("checkedBy").asText());
        assertEquals("Hannelore Schaefer", entry.get("name").asText());
        assertEquals("ENFORCEMENT", entry.get("purpose").asText());
        assertTrue(entry.get("warning").asBoolean());
        assertEquals(id, entry.get("matched").get(0).asLong());
        assertTrue(entry.has("checkedAt"));

        Answer byEntry = http().get("/api/incidents/warnings/checks?warning=" + id, MANAGER);
        assertEquals(1, byEntry.json().get("total").asInt());
        Answer stats = http().get("/api/incidents/warnings/checks/statistics", MANAGER);
        assertTrue(stats.body(), stats.json().get("byPurpose").get("ENFORCEMENT").asInt() >= 1);

        Answer detail = http().get("/api/incidents/warnings/" + id, MANAGER);
        assertEquals("Hannelore Schäfer", detail.json().get("name").asText());
        assertEquals(incidentId, detail.json().get("incidents").get(0).asLong());
        assertEquals(MANAGER, detail.json().get("proposedBy").asText());
        assertEquals(SECOND_MANAGER, detail.json().get("decidedBy").asText());
    }

    @Test
    public void badInputNamesTheFieldAndRejectionsNeedAReason() {
        long incidentId = incident(IncidentsIT.SAMPLE);
        Answer noIdentity = http().post("/api/incidents/warnings/check", EMPLOYEE,
            "{\"name\":\"Jürgen Müller\",\"purpose\":\"HOME_VISIT\"}");
        assertProblem(noIdentity, 400);
        assertEquals("birthDate", noIdentity.json().get("errors").get(0).get("field").asText());
        Answer badPurpose = http().post("/api/incidents/warnings/check", EMPLOYEE,
            "{\"name\":\"Jürgen Müller\",\"birthDate\":\"1980-02-03\",\"purpose\":\"CURIOSITY\"}");
        assertProblem(badPurpose, 400);
        assertEquals("purpose", badPurpose.json().get("errors").get(0).get("field").asText());

        long id = http().post("/api/incidents/warnings", MANAGER, proposal("Karl Klein", incidentId)).json().get("id").asLong();
        Answer noReason = http().post("/api/incidents/warnings/" + id + "/reject", SECOND_MANAGER, "{}");
        assertProblem(noReason, 400);
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());
        Answer rejected = http().post("/api/incidents/warnings/" + id + "/reject", SECOND_MANAGER,
            "{\"reason\":\"Vorfall nicht belegt\"}");
        assertEquals(rejected.body(), "REJECTED", rejected.json().get("status").asText());
        assertEquals("Vorfall nicht belegt", rejected.json().get("statusReason").asText());
    }

    @Test
    public void aLevelTwoReportGetsItsDutiesWhichManagementMarksAndListsWhenOverdue() {
        long id = incident(IncidentsIT.SAMPLE);
        Answer duties = http().get("/api/incidents/" + id + "/duties", EMPLOYEE);
        assertEquals(duties.body(), 200, duties.status());
        List<String> codes = new ArrayList<>();
        duties.json().forEach(d -> codes.add(d.get("code").asText()));
        assertEquals(List.of("supervisor", "aftercare", "complaint"), codes);
        assertProblem(http().get("/api/incidents/" + id + "/duties", OTHER_EMPLOYEE), 404);

        JsonNode supervisor = duties.json().get(0);
        assertEquals("SUPERVISOR", supervisor.get("owner").asText());
        assertEquals("OPEN", supervisor.get("state").asText());
        String path = "/api/incidents/" + id + "/duties/" + supervisor.get("id").asLong();
        assertProblem(http().put(path, EMPLOYEE, "{\"state\":\"DONE\"}"), 403);
        Answer notNeeded = http().put(path, MANAGER, "{\"state\":\"NOT_NEEDED\"}");
        assertProblem(notNeeded, 400);
        assertEquals("note", notNeeded.json().get("errors").get(0).get("field").asText());
        Answer done = http().put(path, MANAGER, "{\"state\":\"DONE\",\"note\":\"telefonisch informiert\"}");
        assertEquals(done.body(), 200, done.status());
        assertEquals(MANAGER, done.json().get("doneBy").asText());

        // the sample happened days ago: psychological first support (48 h from the incident) is overdue
        Answer overdue = http().get("/api/incidents/duties?overdue=true", MANAGER);
        assertEquals(overdue.body(), 200, overdue.status());
        boolean listed = false;
        for (JsonNode d : overdue.json().get("items")) {
            listed |= d.get("incidentId").asLong() == id && d.get("code").asText().equals("aftercare");
            assertTrue(d.get("overdue").asBoolean());
        }
        assertTrue(overdue.body(), listed);
        assertProblem(http().get("/api/incidents/duties?overdue=maybe", MANAGER), 400);
        assertProblem(http().get("/api/incidents/duties", EMPLOYEE), 403);
    }

    @Test
    public void theRulesAreConfigurationReadAsWrittenAndALevelLeftOutIsSuggested() {
        Answer rules = http().get("/api/incidents/rules", EMPLOYEE);
        assertEquals(rules.body(), 200, rules.status());
        assertEquals(3, rules.json().get("suggestedLevels").get("WEAPON").asInt());
        boolean deadline = false;
        for (JsonNode rule : rules.json().get("duties")) {
            deadline |= rule.get("code").asText().equals("complaint-request") && rule.get("title").asText().contains("§ 77b StGB");
        }
        assertTrue("the shipped etc/ file is read with its special characters: " + rules.body(), deadline);

        Answer suggested = http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE.replace(" \"level\": 2,", ""));
        assertEquals(suggested.body(), 201, suggested.status());
        assertEquals(2, suggested.json().get("level").asInt());
        assertEquals(2, suggested.json().get("suggestedLevel").asInt());
    }

    @Test
    public void theConsoleListsProposalsAndDueDutiesApprovesAndShowsCheckFigures() throws Exception {
        waitFor("the warning commands are registered", SOON, () -> {
            try {
                return !console("warning:stats", MANAGER, "security-manager").contains("Command not found");
            } catch (Exception e) {
                return false;
            }
        });
        long incidentId = incident(IncidentsIT.SAMPLE);
        long id = http().post("/api/incidents/warnings", MANAGER, proposal("Ottokar Konsole", incidentId)).json()
            .get("id").asLong();
        String proposals = console("warning:list --proposals", SECOND_MANAGER, "security-manager");
        assertTrue(proposals, proposals.contains("Ottokar Konsole"));

        String own = console("warning:approve " + id, MANAGER, "security-manager");
        assertTrue(own, own.contains("Four eyes"));
        String approved = console("warning:approve " + id, SECOND_MANAGER, "security-manager");
        assertTrue(approved, approved.contains("is now ACTIVE"));

        http().post("/api/incidents/warnings/check", EMPLOYEE,
            "{\"name\":\"Ottokar Konsole\",\"birthDate\":\"1980-02-03\",\"purpose\":\"HOME_VISIT\"}");
        String stats = console("warning:stats", MANAGER, "security-manager");
        assertTrue(stats, stats.contains("HOME_VISIT") && stats.contains("with a warning"));
        String reviews = console("warning:reviews", MANAGER, "security-manager");
        assertTrue(reviews, reviews.contains("of"));

        String duties = console("incident:duties --overdue", MANAGER, "security-manager");
        assertTrue(duties, duties.contains("OVERDUE") && duties.contains(String.valueOf(incidentId)));
        String forbidden = console("warning:list", EMPLOYEE, "employee");
        assertTrue(forbidden, forbidden.contains("Only security managers"));
    }
}
