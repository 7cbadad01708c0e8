package de.koeln.zks.itests;

import static de.koeln.zks.itests.PlatformIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * The training module over HTTP and in the console: catalogue, sessions, registration with waiting list and
 * promotion, attendance and refreshers, iCalendar, the role boundaries, concurrent registrations, and its
 * removal and reinstallation while the incidents module keeps serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingIT extends ZksTestSupport {
    static final String TRAINER = "tina";
    static final String UNIT_MANAGER = "mara";
    private static final Duration SOON = Duration.ofSeconds(60);

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(baseConfig()));
        options.add(editConfigurationFilePut("etc/users.properties", TRAINER, PASSWORD + ",trainer,employee"));
        options.add(editConfigurationFilePut("etc/users.properties", UNIT_MANAGER, PASSWORD + ",unit-manager,employee"));
        return options.toArray(Option[]::new);
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/incidents", "/api/training/courses", "/api/training/sessions", "/api/training/me/registrations",
            "/api/training/refreshers", "/api/training/units"));
        return paths;
    }

    private long course(String title, boolean approval) {
        Answer created = http().post("/api/training/courses", MANAGER, "{\"title\":\"" + title + "\",\"topic\":\"DEESCALATION\","
            + "\"refresherMonths\":24,\"recommendedFromLevel\":2,\"requiresApproval\":" + approval + "}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private long session(long course, int capacity, OffsetDateTime start) {
        Answer created = http().post("/api/training/sessions", MANAGER, "{\"course\":" + course + ",\"startsAt\":\"" + start
            + "\",\"endsAt\":\"" + start.plusHours(3) + "\",\"place\":\"Stadthaus Deutz, Raum 3.14\",\"capacity\":" + capacity
            + ",\"trainer\":\"" + TRAINER + "\"}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private static OffsetDateTime nextMonth() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusMonths(1).withNano(0);
    }

    @Test
    public void theFixedRequestsWorkAsDocumented() {
        Answer course = http().post("/api/training/courses", MANAGER,
            "{\"title\":\"Deeskalation am Schalter\",\"topic\":\"DEESCALATION\",\"refresherMonths\":24}");
        assertEquals(course.body(), 201, course.status());
        long courseId = course.json().get("id").asLong();
        Answer session = http().post("/api/training/sessions", MANAGER, "{\"course\":" + courseId
            + ",\"startsAt\":\"2027-01-12T09:00:00+01:00\",\"endsAt\":\"2027-01-12T12:00:00+01:00\","
            + "\"place\":\"Stadthaus Deutz, Raum 3.14\",\"capacity\":10}");
        assertEquals(session.body(), 201, session.status());
        long sessionId = session.json().get("id").asLong();
        Answer registered = http().post("/api/training/sessions/" + sessionId + "/registrations", EMPLOYEE, "");
        assertEquals(registered.body(), 201, registered.status());
        assertEquals("CONFIRMED", registered.json().get("status").asText());
        assertTrue(registered.json().has("id"));
        Answer twice = http().post("/api/training/sessions/" + sessionId + "/registrations", EMPLOYEE, "");
        assertProblem(twice, 409);

        Answer calendar = http().get("/api/training/sessions/" + sessionId + "/calendar", EMPLOYEE);
        assertEquals(calendar.body(), 200, calendar.status());
        assertTrue(calendar.header("Content-Type"), calendar.header("Content-Type").startsWith("text/calendar"));
        assertTrue(calendar.body(), calendar.body().startsWith("BEGIN:VCALENDAR") && calendar.body().contains("BEGIN:VEVENT")
            && calendar.body().contains("SUMMARY:Deeskalation am Schalter"));
        Answer mine = http().get("/api/training/me/calendar", EMPLOYEE);
        assertTrue(mine.body(), mine.body().contains("UID:session-" + sessionId + "@"));
    }

    @Test
    public void aFullSessionWaitlistsAndACancellationPromotesAtOnce() {
        long session = session(course("Konfliktgespräche", false), 1, nextMonth());
        String path = "/api/training/sessions/" + session + "/registrations";
        long first = http().post(path, EMPLOYEE, "").json().get("id").asLong();
        // no body and no Content-Type at all, as a plain form or curl -X POST sends it
        Answer waiting = http().send("POST", path, OTHER_EMPLOYEE, null, null, java.util.Map.of());
        assertEquals(waiting.body(), 201, waiting.status());
        assertEquals("WAITLISTED", waiting.json().get("status").asText());
        assertEquals(1, waiting.json().get("position").asInt());
        long second = waiting.json().get("id").asLong();

        assertProblem(http().post("/api/training/registrations/" + first + "/cancel", OTHER_EMPLOYEE, ""), 404);
        Answer cancelled = http().post("/api/training/registrations/" + first + "/cancel", EMPLOYEE, "");
        assertEquals(cancelled.body(), "CANCELLED", cancelled.json().get("status").asText());
        assertEquals("the next read already shows the promotion", "CONFIRMED",
            http().get("/api/training/registrations/" + second, OTHER_EMPLOYEE).json().get("status").asText());
        JsonNode mine = http().get("/api/training/me/registrations", OTHER_EMPLOYEE).json();
        boolean listed = false;
        for (JsonNode r : mine) {
            listed |= r.get("id").asLong() == second && r.get("status").asText().equals("CONFIRMED");
        }
        assertTrue(mine.toString(), listed);

        assertProblem(http().get(path, EMPLOYEE), 403);
        Answer registrants = http().get(path, TRAINER);
        assertEquals(registrants.body(), 200, registrants.status());
        assertEquals(OTHER_EMPLOYEE, registrants.json().get(0).get("participant").asText());
    }

    @Test
    public void badInputIsRefusedNamingTheCauseAndChangesNothing() {
        long course = course("Bedrohungslagen", false);
        Answer zero = http().post("/api/training/sessions", MANAGER, "{\"course\":" + course + ",\"startsAt\":\"" + nextMonth()
            + "\",\"endsAt\":\"" + nextMonth().minusHours(1) + "\",\"capacity\":0}");
        assertProblem(zero, 400);
        Set<String> fields = new TreeSet<>();
        zero.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(Set.of("capacity", "endsAt"), fields);
        assertProblem(http().post("/api/training/courses", EMPLOYEE, "{\"title\":\"x\",\"topic\":\"OTHER\"}"), 403);
        assertProblem(http().post("/api/training/courses", MANAGER, "{\"title\":\"x\",\"topic\":\"KARATE\"}"), 400);

        long session = session(course, 3, nextMonth());
        long eva = http().post("/api/training/sessions/" + session + "/registrations", EMPLOYEE, "").json().get("id").asLong();
        assertProblem(http().post("/api/training/registrations/" + eva + "/attendance", EMPLOYEE, "{\"attended\":true}"), 403);
        Answer early = http().post("/api/training/registrations/" + eva + "/attendance", TRAINER, "{\"attended\":true}");
        assertProblem(early, 409);
        assertProblem(http().post("/api/training/sessions/" + session + "/registrations", OTHER_EMPLOYEE,
            "{\"participant\":\"" + EMPLOYEE + "\"}"), 403);
        assertEquals(1, http().get("/api/training/sessions/" + session, EMPLOYEE).json().get("taken").asInt());
    }

    @Test
    public void theTrainerRecordsAttendanceAndTheUnitAtRiskSeesWhoIsOverdue() {
        http().put("/api/platform/users/" + EMPLOYEE, ADMIN, "{\"displayName\":\"Eva\",\"units\":[\"Ordnungsamt Kalk\"]}");
        http().put("/api/platform/users/" + OTHER_EMPLOYEE, ADMIN, "{\"displayName\":\"Otto\",\"units\":[\"Ordnungsamt Kalk\"]}");
        http().put("/api/platform/users/" + UNIT_MANAGER, ADMIN, "{\"displayName\":\"Mara\",\"units\":[\"Ordnungsamt Kalk\"]}");
        assertEquals(200, http().put("/api/training/units/Ordnungsamt%20Kalk", MANAGER, "{\"riskLevel\":2}").status());
        long course = course("Deeskalation Außendienst", false);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(6).withNano(0);
        long session = session(course, 5, start);
        long eva = http().post("/api/training/sessions/" + session + "/registrations", EMPLOYEE, "").json().get("id").asLong();

        waitFor("the session has begun", SOON, () -> OffsetDateTime.now().isAfter(start.plusSeconds(1)));
        assertProblem(http().post("/api/training/sessions/" + session + "/registrations", OTHER_EMPLOYEE, ""), 409);
        Answer attended = http().post("/api/training/registrations/" + eva + "/attendance", TRAINER, "{\"attended\":true}");
        assertEquals(attended.body(), 200, attended.status());
        JsonNode records = http().get("/api/training/me/records", EMPLOYEE).json();
        assertEquals(start.toLocalDate().plusMonths(24).toString(), records.get(0).get("refresherDue").asText());

        Answer overdue = http().get("/api/training/refreshers?overdue=true&unit=Ordnungsamt%20Kalk", UNIT_MANAGER);
        assertEquals(overdue.body(), 200, overdue.status());
        Set<String> people = new TreeSet<>();
        overdue.json().forEach(r -> {
            if (r.get("courseTitle").asText().equals("Deeskalation Außendienst")) {
                people.add(r.get("participant").asText());
            }
        });
        assertTrue(overdue.body(), people.contains(OTHER_EMPLOYEE));
        assertFalse(overdue.body(), people.contains(EMPLOYEE));
        assertProblem(http().get("/api/training/refreshers", EMPLOYEE), 403);
        Answer csv = http().get("/api/training/statistics.csv", MANAGER);
        assertTrue(csv.body(), csv.body().startsWith("section,key,registered") && csv.body().contains("coverage,Ordnungsamt Kalk"));
    }

    @Test
    public void fiftyConcurrentRegistrationsForTenSeatsGiveTenSeatsAndFortyInOrder() throws Exception {
        long session = session(course("Selbstschutz", false), 10, nextMonth());
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = "{\"participant\":\"person-" + i + "\"}";
            calls.add(() -> http().post("/api/training/sessions/" + session + "/registrations", MANAGER, body));
        }
        List<Integer> positions = new ArrayList<>();
        int confirmed = 0;
        for (Future<Answer> f : pool.invokeAll(calls)) {
            Answer a = f.get();
            assertEquals(a.body(), 201, a.status());
            if (a.json().get("status").asText().equals("CONFIRMED")) {
                confirmed++;
            } else {
                positions.add(a.json().get("position").asInt());
            }
        }
        pool.shutdown();
        assertEquals(10, confirmed);
        positions.sort(null);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            expected.add(i);
        }
        assertEquals(expected, positions);
        JsonNode s = http().get("/api/training/sessions/" + session, EMPLOYEE).json();
        assertEquals(10, s.get("taken").asInt());
        assertEquals(40, s.get("waiting").asInt());
    }

    @Test
    public void theConsoleShowsSeatsAndRegistrants() throws Exception {
        waitFor("the training commands are registered", SOON, () -> {
            try {
                return !console("training:sessions", MANAGER, "security-manager").contains("Command not found");
            } catch (Exception e) {
                return false;
            }
        });
        long session = session(course("Stiller Alarm", false), 1, nextMonth());
        http().post("/api/training/sessions/" + session + "/registrations", EMPLOYEE, "");
        long waiting = http().post("/api/training/sessions/" + session + "/registrations", OTHER_EMPLOYEE, "").json()
            .get("id").asLong();
        String sessions = console("training:sessions", MANAGER, "security-manager");
        assertTrue(sessions, sessions.contains("Stiller Alarm"));
        String registrants = console("training:registrants " + session, MANAGER, "security-manager");
        assertTrue(registrants, registrants.contains(OTHER_EMPLOYEE) && registrants.contains("WAITLISTED"));
        String promoted = console("training:promote " + waiting, MANAGER, "security-manager");
        assertTrue(promoted, promoted.contains("CONFIRMED"));
        String refreshers = console("training:refreshers", MANAGER, "security-manager");
        assertTrue(refreshers, refreshers.contains("overdue"));
    }

    @Test
    public void aCompletedSilentAlarmDrillCountsAsPracticalTrainingForItsParticipants() {
        assertEquals(201, http().post("/api/alarm/groups", ADMIN,
            "{\"name\":\"drill-floor\",\"members\":[\"" + RESPONDER + "\"]}").status());
        assertEquals(201, http().post("/api/alarm/points", ADMIN, "{\"id\":\"P-drill\",\"building\":\"Laurenzplatz 4\","
            + "\"room\":\"E.13\",\"unit\":\"Bürgeramt Innenstadt\",\"groups\":[\"drill-floor\"]}").status());
        Answer raised = http().post("/api/alarm/alarms", EMPLOYEE, "{\"point\":\"P-drill\",\"drill\":true}");
        assertEquals(raised.body(), 201, raised.status());
        long alarm = raised.json().get("id").asLong();
        assertEquals(200, http().post("/api/alarm/alarms/" + alarm + "/acknowledge", RESPONDER, "").status());
        assertEquals(200, http().post("/api/alarm/alarms/" + alarm + "/close", RESPONDER,
            "{\"outcome\":\"Übung beendet\",\"level\":0}").status());
        for (String who : List.of(EMPLOYEE, RESPONDER)) {
            waitFor(who + " has the drill as practical training", SOON, () -> {
                for (JsonNode r : http().get("/api/training/me/records", who).json()) {
                    if (r.get("reference").asText().equals("alarm-" + alarm)) {
                        return r.get("source").asText().equals("ALARM_DRILL") && r.get("topic").asText().equals("SILENT_ALARM");
                    }
                }
                return false;
            });
        }
    }

    @Test
    public void removingAndReinstallingTheModuleKeepsItsDataWhileIncidentsServe() throws Exception {
        long course = course("Nachsorge", false);
        try (Poller poller = new Poller(http(), "/api/incidents")) {
            String uninstall = ModuleLifecycleIT.logOf(() -> features.uninstallFeature("zks-training"));
            assertOnlyTrainingRefreshed(uninstall);
            assertEquals(404, http().get("/api/training/courses/" + course, MANAGER).status());
            String install = ModuleLifecycleIT.logOf(() -> features.installFeature("zks-training"));
            assertOnlyTrainingRefreshed(install);
            waitFor("the training module serves again", SOON,
                () -> http().get("/api/training/courses/" + course, MANAGER).status() == 200);
            poller.assertNoFailures();
        }
        assertEquals("Nachsorge", http().get("/api/training/courses/" + course, MANAGER).json().get("title").asText());
    }

    /** No bundle of the platform, another module or the REST/JPA stack is refreshed by the training module. */
    private static void assertOnlyTrainingRefreshed(String log) {
        boolean inRefresh = false;
        for (String line : log.split("\\R")) {
            String message = line.contains("| ") ? line.substring(line.lastIndexOf("| ") + 2) : line;
            if (message.contains("Bundles to refresh:") || message.contains("Refreshing bundles:")) {
                inRefresh = true;
            } else if (inRefresh && message.strip().matches("[\\w.-]+/[\\w.-]+( \\(.*\\))?")) {
                String bundle = message.strip();
                for (String untouchable : List.of("de.koeln.zks.platform", "de.koeln.zks.incidents", "de.koeln.zks.alarm",
                        "org.apache.cxf", "org.apache.aries", "org.eclipse.persistence", "org.ops4j")) {
                    assertFalse("the training module refreshed " + bundle + ":\n" + log, bundle.startsWith(untouchable));
                }
            } else {
                inRefresh = false;
            }
        }
    }
}
