package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.apache.karaf.features.FeaturesService;
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
 * The silent alarm as its users meet it: a trigger over HTTP reaches a responder's open SSE stream, escalates,
 * is acknowledged and closed, and leaves an incident draft; a reconnecting stream gets what it missed; streams
 * that go away are released; the module works on without the incidents module; the console shows it all.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AlarmIT extends ZksTestSupport {
    private static final Duration SOON = Duration.ofSeconds(10);

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(Arrays.asList(baseConfig()));
        // quick heartbeats so that vanished streams are noticed within the test; a short grace period
        options.add(editConfigurationFilePut("etc/de.koeln.zks.alarm.cfg", "streamHeartbeatSeconds", "1"));
        options.add(editConfigurationFilePut("etc/de.koeln.zks.alarm.cfg", "cancelGraceSeconds", "3"));
        return options.toArray(Option[]::new);
    }

    @Override
    protected List<String> readyPaths() {
        return Stream.concat(super.readyPaths().stream(), Stream.of("/api/alarm/groups", "/api/incidents")).toList();
    }

    private String base() {
        return "http://127.0.0.1:" + System.getProperty(PORT_PROPERTY);
    }

    /** Groups floor-X (rita) and desk-X (admin, central desk) and a point P-X escalating after one second. */
    private String place(String name) {
        Answer floor = http().post("/api/alarm/groups", ADMIN,
            "{\"name\":\"floor-" + name + "\",\"members\":[\"" + RESPONDER + "\"]}");
        assertEquals(floor.body(), 201, floor.status());
        assertEquals(201, http().post("/api/alarm/groups", ADMIN,
            "{\"name\":\"desk-" + name + "\",\"kind\":\"CENTRAL_DESK\",\"members\":[\"admin\"]}").status());
        Answer point = http().post("/api/alarm/points", ADMIN, "{\"id\":\"P-" + name + "\",\"building\":\"Laurenzplatz 4\","
            + "\"floor\":\"1\",\"room\":\"E.12\",\"unit\":\"Bürgeramt Innenstadt\",\"groups\":[\"floor-" + name + "\",\"desk-"
            + name + "\"],\"escalationSeconds\":1}");
        assertEquals(point.body(), 201, point.status());
        return "P-" + name;
    }

    private long trigger(String point, String extra) {
        Answer raised = http().post("/api/alarm/alarms", EMPLOYEE, "{\"point\":\"" + point + "\"" + extra + "}");
        assertEquals(raised.body(), 201, raised.status());
        return raised.json().get("id").asLong();
    }

    @Test
    public void aTriggerReachesTheResponderEscalatesIsClosedAndLeavesAnIncidentDraft() throws Exception {
        String point = place("a");
        try (SseClient rita = new SseClient(base(), RESPONDER, null)) {
            assertEquals(200, rita.status);
            long id = trigger(point, ",\"note\":\"Mann droht mit Schlägen\"");

            JsonNode raised = rita.next("RAISED", id, SOON).data();
            assertEquals(point, raised.get("pointId").asText());
            assertEquals("Laurenzplatz 4", raised.get("building").asText());
            assertEquals("E.12", raised.get("room").asText());
            assertEquals("HELP", raised.get("class").asText());
            assertEquals("Mann droht mit Schlägen", raised.get("note").asText());

            JsonNode escalated = rita.next("ESCALATED", id, SOON).data();
            assertTrue(escalated.toString(), escalated.get("groups").toString().contains("desk-a"));
            assertTrue(escalated.get("callPolice").asBoolean());

            assertEquals(403, http().post("/api/alarm/alarms/" + id + "/acknowledge", OTHER_EMPLOYEE, "").status());
            Answer ack = http().post("/api/alarm/alarms/" + id + "/acknowledge", RESPONDER, "");
            assertEquals(ack.body(), 200, ack.status());
            assertEquals(409, http().post("/api/alarm/alarms/" + id + "/acknowledge", RESPONDER, "").status());
            rita.next("ACKNOWLEDGED", id, SOON);

            Answer close = http().post("/api/alarm/alarms/" + id + "/close", RESPONDER, "{\"outcome\":\"Kunde beruhigt\",\"level\":2}");
            assertEquals(close.body(), 200, close.status());
            Answer twice = http().post("/api/alarm/alarms/" + id + "/close", RESPONDER, "{\"outcome\":\"nochmal\"}");
            assertEquals(409, twice.status());
            assertTrue(twice.header("Content-Type").startsWith("application/problem+json"));
            rita.next("CLOSED", id, SOON);
            rita.next("INCIDENT_LINKED", id, SOON);
        }
        long id = http().get("/api/alarm/alarms?state=CLOSED", ADMIN).json().get("items").get(0).get("id").asLong();
        JsonNode alarm = http().get("/api/alarm/alarms/" + id, ADMIN).json();
        assertEquals("CLOSED", alarm.get("state").asText());
        assertTrue(alarm.get("secondsToAcknowledge").isNumber());
        List<String> steps = new ArrayList<>();
        alarm.get("timeline").forEach(s -> steps.add(s.get("type").asText()));
        assertEquals(List.of("RAISED", "ESCALATED", "ACKNOWLEDGED", "CLOSED", "INCIDENT_LINKED"), steps);

        long incident = alarm.get("incidentId").asLong();
        JsonNode draft = http().get("/api/incidents/" + incident, EMPLOYEE).json();
        assertEquals("the employee who raised it completes the draft", "DRAFT", draft.get("status").asText());
        assertEquals(2, draft.get("level").asInt());
        assertEquals("Laurenzplatz 4", draft.get("location").get("building").asText());
        Answer submit = http().post("/api/incidents/" + incident + "/status", EMPLOYEE, "{\"status\":\"REPORTED\"}");
        assertEquals(submit.body(), 200, submit.status());
    }

    @Test
    public void badRequestsAreRefusedClearlyAndLeaveTheAlarmAlone() throws Exception {
        String point = place("b");
        Answer unknown = http().post("/api/alarm/alarms", EMPLOYEE, "{\"point\":\"NOWHERE\"}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("point"));
        assertEquals(400, http().post("/api/alarm/alarms", EMPLOYEE, "{\"point\":\"" + point + "\",\"class\":\"PANIC\"}").status());

        long id = trigger(point, "");
        assertEquals("a second trigger joins", 200, http().post("/api/alarm/alarms", EMPLOYEE, "{\"point\":\"" + point + "\"}").status());
        java.time.Instant graceEnds = java.time.OffsetDateTime.parse(
            http().get("/api/alarm/alarms/" + id, EMPLOYEE).json().get("cancellableUntil").asText()).toInstant();
        waitFor("the grace period is over", Duration.ofSeconds(20), () -> java.time.Instant.now().isAfter(graceEnds.plusMillis(200)));
        Answer late = http().post("/api/alarm/alarms/" + id + "/cancel", EMPLOYEE, "{\"reason\":\"Fehlalarm\"}");
        assertEquals(late.body(), 409, late.status());
        JsonNode alarm = http().get("/api/alarm/alarms/" + id, EMPLOYEE).json();
        assertEquals("RAISED", alarm.get("state").asText());
        assertEquals(2, alarm.get("triggers").asInt());
        assertEquals(200, http().post("/api/alarm/alarms/" + id + "/close", ADMIN, "{\"outcome\":\"Fehlalarm\",\"level\":0}").status());

        long drill = trigger(point, ",\"drill\":true,\"class\":\"DEESCALATION\"");
        assertEquals(200, http().post("/api/alarm/alarms/" + drill + "/cancel", EMPLOYEE, "{\"reason\":\"Übung beendet\"}").status());
        assertEquals(409, http().post("/api/alarm/alarms/" + drill + "/acknowledge", RESPONDER, "").status());
    }

    @Test
    public void aReconnectingStreamGetsWhatItMissedOnceAndGoneStreamsAreReleased() throws Exception {
        String point = place("c");
        String last;
        long before;
        try (SseClient first = new SseClient(base(), ADMIN, null)) {
            before = trigger(point, "");
            first.next("RAISED", before, SOON);
            last = first.lastId;
            assertNotNull(last);
        }
        http().post("/api/alarm/alarms/" + before + "/close", ADMIN, "{\"outcome\":\"ok\"}");
        long missed = trigger(point, "");
        http().post("/api/alarm/alarms/" + missed + "/close", ADMIN, "{\"outcome\":\"ok\"}");

        try (SseClient again = new SseClient(base(), ADMIN, last)) {
            again.next("CLOSED", before, SOON);
            again.next("RAISED", missed, SOON);
            again.next("CLOSED", missed, SOON);
            long live = trigger(point, "");
            again.next("RAISED", live, SOON);
            for (SseClient.Event e : again.drain()) {
                assertFalse("nothing twice, nothing before Last-Event-ID: " + e,
                    e.data().get("alarmId").asLong() == before && e.name().equals("RAISED"));
            }
            http().post("/api/alarm/alarms/" + live + "/close", ADMIN, "{\"outcome\":\"ok\"}");
        }

        // the streams above are gone: the server notices at its next heartbeat and holds none of them
        waitFor("the closed streams are released", Duration.ofSeconds(30), () -> subscribers() == 0);
        List<SseClient> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(new SseClient(base(), RESPONDER, null));
        }
        waitFor("50 streams are open", SOON, () -> subscribers() == 50);
        many.forEach(SseClient::close);
        waitFor("the server holds none of the closed streams", Duration.ofSeconds(30),
            () -> subscribers() == 0);
    }

    /** The console registers a bundle's commands on its own time after start. */
    private void awaitCommands() {
        waitFor("the alarm commands are registered", SOON, () -> {
            try {
                return !console("alarm:groups", ADMIN, "admin").contains("Command not found");
            } catch (Exception e) {
                return false;
            }
        });
    }

    private int subscribers() {
        return http().get("/api/alarm/stream/subscribers", ADMIN).json().get("count").asInt();
    }

    @Test
    public void operatorsManageGroupsAndPointsOnTheConsole() throws Exception {
        awaitCommands();
        String group = console("alarm:group-set --kind NEARBY console-floor " + RESPONDER, ADMIN, "admin");
        assertTrue(group, group.contains("console-floor (NEARBY): " + RESPONDER));
        String point = console("alarm:point-set --building Rathaus --room K.1 --unit Ordnungsamt K.1 console-floor",
            ADMIN, "admin");
        assertTrue(point, point.contains("Alarm point K.1"));
        assertTrue(console("alarm:points --building Rathaus", ADMIN, "admin").contains("K.1"));
        assertTrue(console("alarm:groups", ADMIN, "admin").contains("console-floor"));
        assertEquals("Rathaus", http().get("/api/alarm/points/K.1", EMPLOYEE).json().get("building").asText());
        String refused = console("alarm:group-remove console-floor", ADMIN, "admin");
        assertTrue("a group a point names stays: " + refused, refused.contains("Error") && refused.contains("K.1"));
        String employee = console("alarm:point-set --building Rathaus K.2 console-floor", EMPLOYEE, "employee");
        assertTrue(employee, employee.contains("Error"));
        assertTrue(console("alarm:point-remove K.1", ADMIN, "admin").contains("removed"));
        assertTrue(console("alarm:group-remove console-floor", ADMIN, "admin").contains("removed"));
        assertEquals(404, http().get("/api/alarm/points/K.1", ADMIN).status());
    }

    @Test
    public void theConsoleShowsListsAndDrills() throws Exception {
        awaitCommands();
        String point = place("d");
        String drill = console("alarm:drill " + point, ADMIN, "admin");
        assertTrue(drill, drill.contains("Drill alarm"));
        String list = console("alarm:list", ADMIN, "admin");
        assertTrue(list, list.contains(point) && list.contains("DRILL"));
        long id = http().get("/api/alarm/alarms?open=true", ADMIN).json().get("items").get(0).get("id").asLong();
        String show = console("alarm:show " + id, ADMIN, "admin");
        assertTrue(show, show.contains("Timeline") && show.contains("RAISED"));
        String closed = console("alarm:close " + id + " Übung beendet", ADMIN, "admin");
        assertTrue(closed, closed.contains("closed"));
        String responders = console("alarm:responders", ADMIN, "admin");
        assertTrue(responders, responders.contains("stream(s)"));
        String denied = console("alarm:responders", EMPLOYEE, "employee");
        assertTrue(denied, denied.contains("Error"));
    }

    @Test
    public void theAlarmWorksOnWithoutTheIncidentsModule() throws Exception {
        String point = place("e");
        features.uninstallFeature("zks-incidents", EnumSet.noneOf(FeaturesService.Option.class));
        try {
            waitFor("/api/incidents is gone", SOON, () -> http().get("/api/incidents", ADMIN).status() == 404);
            try (SseClient rita = new SseClient(base(), RESPONDER, null)) {
                long id = trigger(point, "");
                rita.next("RAISED", id, SOON);
                assertEquals(200, http().post("/api/alarm/alarms/" + id + "/close", RESPONDER, "{\"outcome\":\"ok\"}").status());
                rita.next("CLOSED", id, SOON);
                assertTrue(http().get("/api/alarm/alarms/" + id, ADMIN).json().get("incidentId") == null);
            }
        } finally {
            features.installFeature("zks-incidents", EnumSet.noneOf(FeaturesService.Option.class));
        }
    }
}
