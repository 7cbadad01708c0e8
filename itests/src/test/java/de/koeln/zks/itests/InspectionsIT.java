package de.koeln.zks.itests;

import static de.koeln.zks.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import de.koeln.zks.itests.ModuleLifecycleIT.Poller;

/**
 * The inspections module over HTTP: a template, an inspection answered item by item and completed into findings,
 * measures and the overdue list, the unit's own view, bad input, and removal and reinstallation keeping the data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InspectionsIT extends ZksTestSupport {

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/incidents", "/api/inspections/templates", "/api/inspections/inspections",
            "/api/inspections/measures", "/api/inspections/statements"));
        return paths;
    }

    @Before
    public void unitsOfTheStaff() {
        http().put("/api/platform/users/" + EMPLOYEE, ADMIN, "{\"displayName\":\"Eva\",\"units\":[\"Bürgeramt Innenstadt\"]}");
        http().put("/api/platform/users/" + OTHER_EMPLOYEE, ADMIN, "{\"displayName\":\"Otto\",\"units\":[\"Jobcenter Mülheim\"]}");
    }

    private long template(String name) {
        Answer created = http().post("/api/inspections/templates", MANAGER, "{\"name\":\"" + name + "\",\"items\":["
            + "{\"key\":\"alarm\",\"category\":\"TECHNICAL\",\"question\":\"Stiller Alarm am Arbeitsplatz vorhanden?\",\"fromLevel\":1},"
            + "{\"key\":\"escape\",\"category\":\"BUILDING\",\"question\":\"Zweiter Fluchtweg frei?\",\"fromLevel\":0}]}");
        assertEquals(created.body(), 201, created.status());
        assertEquals(1, created.json().get("version").asInt());
        return created.json().get("id").asLong();
    }

    private long inspection(long template) {
        Answer planned = http().post("/api/inspections/inspections", MANAGER, "{\"template\":" + template
            + ",\"unit\":\"Bürgeramt Innenstadt\",\"location\":{\"building\":\"Laurenzplatz 4\",\"room\":\"E.12\"},"
            + "\"scheduledFor\":\"2027-01-20\"}");
        assertEquals(planned.body(), 201, planned.status());
        return planned.json().get("id").asLong();
    }

    @Test
    public void anInspectionIsAnsweredCompletedIntoFindingsAndItsMeasuresAreFollowedUp() {
        long id = inspection(template("Publikumsverkehr"));
        String base = "/api/inspections/inspections/" + id;
        Answer answered = http().put(base + "/answers/alarm", MANAGER, "{\"result\":\"DEFICIENT\",\"note\":\"kein Alarmknopf\"}");
        assertEquals(answered.body(), 200, answered.status());
        assertEquals("IN_PROGRESS", answered.json().get("state").asText());
        assertProblem(http().put(base + "/answers/coffee", MANAGER, "{\"result\":\"OK\"}"), 400);
        assertProblem(http().post(base + "/complete", MANAGER, ""), 409);
        http().put(base + "/answers/escape", MANAGER, "{\"result\":\"OK\"}");

        Answer completed = http().post(base + "/complete", MANAGER, "");
        assertEquals(completed.body(), 200, completed.status());
        assertEquals("COMPLETED", completed.json().get("state").asText());
        JsonNode finding = completed.json().get("findings").get(0);
        assertEquals("alarm", finding.get("item").asText());
        long findingId = finding.get("id").asLong();
        assertProblem(http().post(base + "/complete", MANAGER, ""), 409);

        assertProblem(http().post("/api/inspections/findings/" + findingId + "/measures", MANAGER,
            "{\"what\":\"Alarmknopf einbauen\",\"ownerUnit\":\"Bürgeramt Innenstadt\",\"due\":\"2020-01-01\"}"), 400);
        Answer measure = http().post("/api/inspections/findings/" + findingId + "/measures", MANAGER,
            "{\"what\":\"Alarmknopf einbauen\",\"ownerUnit\":\"Bürgeramt Innenstadt\",\"due\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(measure.body(), 201, measure.status());
        long measureId = measure.json().get("id").asLong();

        JsonNode seen = http().get(base, EMPLOYEE).json();
        assertEquals("the unit sees its findings", 1, seen.get("findings").size());
        assertProblem(http().get(base, OTHER_EMPLOYEE), 404);
        assertEquals(0, http().get("/api/inspections/measures", OTHER_EMPLOYEE).json().get("total").asInt());
        assertProblem(http().post("/api/inspections/measures/" + measureId + "/done", OTHER_EMPLOYEE, ""), 404);
        assertProblem(http().post("/api/inspections/inspections", EMPLOYEE, "{}"), 403);

        Answer done = http().send("POST", "/api/inspections/measures/" + measureId + "/done", EMPLOYEE, null, null,
            java.util.Map.of());
        assertEquals(done.body(), 200, done.status());
        assertEquals("DONE", done.json().get("state").asText());
        Answer overdue = http().get("/api/inspections/measures?overdue=true", MANAGER);
        assertEquals(overdue.body(), 200, overdue.status());
    }

    @Test
    public void aStatementIsDraftedFromFindingsReleasedByASecondManagerAndReadBackAsPdf() throws Exception {
        long id = inspection(template("Stellungnahme"));
        String base = "/api/inspections/inspections/" + id;
        http().put(base + "/answers/alarm", MANAGER, "{\"result\":\"DEFICIENT\",\"note\":\"Kein Alarmtaster am Tresen\"}");
        http().put(base + "/answers/escape", MANAGER, "{\"result\":\"OK\"}");
        assertEquals(200, http().post(base + "/complete", MANAGER, "").status());

        assertProblem(http().post("/api/inspections/statements", EMPLOYEE, "{\"subject\":\"x\",\"text\":\"y\"}"), 403);
        Answer invalid = http().post("/api/inspections/statements", MANAGER, "{\"text\":\"ohne Betreff\",\"inspection\":" + id + "}");
        assertProblem(invalid, 400);
        assertEquals("subject", invalid.json().get("errors").get(0).get("field").asText());

        Answer drafted = http().post("/api/inspections/statements", MANAGER,
            "{\"subject\":\"Neubau Bürgeramt Kalk\",\"inspection\":" + id + "}");
        assertEquals(drafted.body(), 201, drafted.status());
        long statement = drafted.json().get("id").asLong();
        String at = "/api/inspections/statements/" + statement;
        assertEquals("DRAFT", drafted.json().get("state").asText());
        assertTrue(drafted.body(), drafted.json().get("text").asText().contains("Kein Alarmtaster am Tresen"));
        assertProblem(http().get(at + "/pdf", MANAGER), 409);
        assertProblem(http().get(at, EMPLOYEE), 404);

        String text = "Die Dienststelle braucht einen stillen Alarm an jedem Tresen.\\n\\nWir empfehlen eine zweite Tür.";
        Answer edited = http().put(at, MANAGER, "{\"subject\":\"Neubau Bürgeramt Kalk\",\"text\":\"" + text + "\"}");
        assertEquals(edited.body(), 200, edited.status());
        assertEquals(2, edited.json().get("revision").asInt());
        assertProblem(http().post(at + "/release", MANAGER, ""), 403);
        Answer released = http().post(at + "/release", SECOND_MANAGER, "");
        assertEquals(released.body(), 200, released.status());
        assertEquals("RELEASED", released.json().get("state").asText());

        Answer late = http().put(at, MANAGER, "{\"subject\":\"Neubau Bürgeramt Kalk\",\"text\":\"nachträglich\"}");
        assertProblem(late, 409);
        assertEquals(2, http().get(at + "/revisions", MANAGER).json().size());
        assertTrue(http().get(at, MANAGER).json().get("text").asText().contains("zweite Tür"));

        java.net.http.HttpResponse<byte[]> pdf = http().getBytes(at + "/pdf", EMPLOYEE);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(printed, printed.contains("Neubau Bürgeramt Kalk") && printed.contains("stillen Alarm an jedem Tresen")
                && printed.contains("Kein Alarmtaster am Tresen") && printed.contains("freigegeben von " + SECOND_MANAGER));
        }
        assertEquals(404, http().getBytes(at + "/pdf", OTHER_EMPLOYEE).statusCode());
    }

    @Test
    public void aReinspectionShowsWhichFindingsAreResolved() {
        long id = inspection(template("Nachbegehung"));
        String base = "/api/inspections/inspections/" + id;
        http().put(base + "/answers/alarm", MANAGER, "{\"result\":\"DEFICIENT\"}");
        http().put(base + "/answers/escape", MANAGER, "{\"result\":\"DEFICIENT\"}");
        http().post(base + "/complete", MANAGER, "");
        Answer again = http().post(base + "/reinspect", MANAGER, "{\"scheduledFor\":\"2027-04-20\"}");
        assertEquals(again.body(), 201, again.status());
        String next = "/api/inspections/inspections/" + again.json().get("id").asLong();
        http().put(next + "/answers/alarm", MANAGER, "{\"result\":\"OK\"}");
        http().put(next + "/answers/escape", MANAGER, "{\"result\":\"DEFICIENT\"}");
        JsonNode completed = http().post(next + "/complete", MANAGER, "").json();
        java.util.Map<String, String> status = new java.util.HashMap<>();
        completed.get("previousFindings").forEach(f -> status.put(f.get("finding").get("item").asText(), f.get("status").asText()));
        assertEquals(java.util.Map.of("alarm", "RESOLVED", "escape", "STILL_DEFICIENT"), status);
        JsonNode first = http().get(base, EMPLOYEE).json().get("findings");
        first.forEach(f -> assertEquals(f.get("item").asText().equals("alarm"), f.hasNonNull("resolvedBy")));
    }

    @Test
    public void photosAreCheckedByTheirContentAndNeverServedAsAnythingButADownload() {
        long id = inspection(template("Fotos"));
        String photos = "/api/inspections/inspections/" + id + "/answers/alarm/photos";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Answer added = http().postBytes(photos + "?fileName=Eingang%20Nord.png", MANAGER, png, "image/png");
        assertEquals(added.body(), 201, added.status());
        long photoId = added.json().get("id").asLong();
        Answer download = http().get("/api/inspections/inspections/" + id + "/photos/" + photoId, EMPLOYEE);
        assertEquals(200, download.status());
        assertEquals("image/png", download.header("Content-Type"));
        assertTrue(download.header("Content-Disposition"), download.header("Content-Disposition").startsWith("attachment;"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));

        Answer gif = http().postBytes(photos + "?fileName=x.gif", MANAGER, "GIF89a......".getBytes(), "image/gif");
        assertProblem(gif, 415);
        Answer disguised = http().postBytes(photos + "?fileName=x.jpg", MANAGER, png, "image/jpeg");
        assertProblem(disguised, 415);
        Answer path = http().postBytes(photos + "?fileName=..%2F..%2Fetc%2Fx.png", MANAGER, png, "image/png");
        assertProblem(path, 400);
        assertEquals("fileName", path.json().get("errors").get(0).get("field").asText());
        Answer executable = http().postBytes(photos + "?fileName=foto.png.exe", MANAGER, png, "image/png");
        assertProblem(executable, 400);
        Answer tooLarge = http().postBytes(photos + "?fileName=gross.png", MANAGER,
            java.util.Arrays.copyOf(png, 5 * 1024 * 1024 + 1), "image/png");
        assertProblem(tooLarge, 413);
        assertEquals(1, http().get("/api/inspections/inspections/" + id + "/photos", MANAGER).json().size());
    }

    @Test
    public void theConsoleListsWorkShowsAnInspectionAndMarksMeasures() throws Exception {
        waitFor("the inspection commands are registered", java.time.Duration.ofSeconds(60), () -> {
            try {
                return !console("inspection:list", MANAGER, "security-manager").contains("Command not found");
            } catch (Exception e) {
                return false;
            }
        });
        long id = inspection(template("Konsole"));
        String base = "/api/inspections/inspections/" + id;
        http().put(base + "/answers/alarm", MANAGER, "{\"result\":\"DEFICIENT\"}");
        http().put(base + "/answers/escape", MANAGER, "{\"result\":\"OK\"}");
        long finding = http().post(base + "/complete", MANAGER, "").json().get("findings").get(0).get("id").asLong();
        long measure = http().post("/api/inspections/findings/" + finding + "/measures", MANAGER,
            "{\"what\":\"Alarmknopf einbauen\",\"ownerUnit\":\"Bürgeramt Innenstadt\",\"due\":\"" + LocalDate.now().plusDays(9)
                + "\"}").json().get("id").asLong();
        String show = console("inspection:show " + id, MANAGER, "security-manager");
        assertTrue(show, show.contains("alarm") && show.contains("COMPLETED"));
        String list = console("inspection:measures", MANAGER, "security-manager");
        assertTrue(list, list.contains("Alarmknopf einbauen"));
        String done = console("inspection:measure-done " + measure + " erledigt", MANAGER, "security-manager");
        assertTrue(done, done.contains("DONE"));
    }

    @Test
    public void theCityChecklistForCounterWorkplacesIsShipped() {
        waitFor("the shipped checklist is there", java.time.Duration.ofSeconds(30),
            () -> http().get("/api/inspections/templates", EMPLOYEE).body().contains("Arbeitsplatz mit Publikumsverkehr"));
    }

    @Test
    public void aTemplateInUseGetsANewVersionAndOldInspectionsKeepTheirs() {
        long v1 = template("Außendienst");
        long old = inspection(v1);
        Answer changed = http().put("/api/inspections/templates/" + v1, MANAGER, "{\"name\":\"Außendienst\",\"items\":["
            + "{\"key\":\"alarm\",\"category\":\"TECHNICAL\",\"question\":\"Notrufgerät dabei?\",\"fromLevel\":0}]}");
        assertEquals(changed.body(), 201, changed.status());
        assertEquals(2, changed.json().get("version").asInt());
        assertEquals(1, http().get("/api/inspections/inspections/" + old, MANAGER).json().get("templateVersion").asInt());
        assertEquals(2, http().get("/api/inspections/inspections/" + old, MANAGER).json().get("answers").size());
    }

    @Test
    public void removingAndReinstallingTheModuleKeepsItsDataWhileIncidentsServe() throws Exception {
        long template = template("Beratungsraum");
        try (Poller poller = new Poller(http(), "/api/incidents", "/api/training/courses")) {
            features.uninstallFeature("zks-inspections");
            assertEquals(404, http().get("/api/inspections/templates/" + template, MANAGER).status());
            features.installFeature("zks-inspections");
            waitFor("the inspections module serves again", java.time.Duration.ofSeconds(60),
                () -> http().get("/api/inspections/templates/" + template, MANAGER).status() == 200);
            poller.assertNoFailures();
        }
        assertTrue(http().get("/api/inspections/templates/" + template, MANAGER).body().contains("Beratungsraum"));
    }
}
