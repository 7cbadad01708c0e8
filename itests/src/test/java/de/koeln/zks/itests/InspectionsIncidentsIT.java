package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.itests.HttpApi.Answer;

/**
 * The link between inspections and incidents, as users meet it: an incident of level 2 reported over HTTP suggests an
 * inspection of its building (an event), an inspection at that building shows the incidents of the last 12 months,
 * and without the incidents module the inspection is served as before, without the count, and the link is gone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InspectionsIncidentsIT extends ZksTestSupport {
    private static final String SUGGESTED = "de/koeln/zks/inspections/INSPECTION_SUGGESTED";
    private static final String LINK = "de.koeln.zks.inspections.incidents";
    private static final String COUNT = "incidentsLast12Months";
    private static final Duration SOON = Duration.ofSeconds(30);

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/incidents", "/api/inspections/templates", "/api/inspections/inspections"));
        return paths;
    }

    private long plannedInspection(String templateName) {
        Answer template = http().post("/api/inspections/templates", MANAGER, "{\"name\":\"" + templateName + "\",\"items\":["
            + "{\"key\":\"escape\",\"category\":\"BUILDING\",\"question\":\"Zweiter Fluchtweg frei?\",\"fromLevel\":0}]}");
        assertEquals(template.body(), 201, template.status());
        Answer planned = http().post("/api/inspections/inspections", MANAGER, "{\"template\":" + template.json().get("id").asLong()
            + ",\"unit\":\"Bürgeramt Innenstadt\",\"location\":{\"building\":\"Laurenzplatz 4\",\"room\":\"E.12\"},"
            + "\"scheduledFor\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\"}");
        assertEquals(planned.body(), 201, planned.status());
        return planned.json().get("id").asLong();
    }

    private Bundle link() {
        for (Bundle b : bundleContext.getBundles()) {
            if (LINK.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    @Test
    public void anIncidentOfLevel2SuggestsAnInspectionAndTheInspectionShowsTheIncidentsOfTheYear() {
        waitFor("the link bundle is active", SOON, () -> link() != null && link().getState() == Bundle.ACTIVE);
        ConcurrentLinkedQueue<Event> suggestions = new ConcurrentLinkedQueue<>();
        Dictionary<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, SUGGESTED);
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, suggestions::add, topic);
        try {
            long inspection = plannedInspection("Verknüpfung Vorfälle");
            String occurredAt = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1).withNano(0).toString();
            Answer reported = http().post("/api/incidents", EMPLOYEE, "{\"occurredAt\":\"" + occurredAt + "\","
                + "\"unit\":\"Bürgeramt Innenstadt\",\"location\":{\"building\":\" laurenzplatz 4\",\"floor\":\"1\","
                + "\"room\":\"E.12\"},\"kind\":\"THREAT\",\"level\":2,\"description\":\"Kunde drohte mit Schlägen\"}");
            assertEquals(reported.body(), 201, reported.status());
            long incident = reported.json().get("id").asLong();

            waitFor("the inspection of the building is suggested", SOON,
                () -> suggestions.stream().anyMatch(e -> Long.valueOf(incident).equals(e.getProperty("incident"))));
            Event suggestion = suggestions.stream().filter(e -> Long.valueOf(incident).equals(e.getProperty("incident")))
                .findFirst().orElseThrow();
            assertEquals(2, suggestion.getProperty("level"));
            assertEquals("laurenzplatz 4", suggestion.getProperty("building"));
            assertEquals("E.12", suggestion.getProperty("room"));
            assertEquals("an inspection there is already planned", Boolean.TRUE, suggestion.getProperty("planned"));

            JsonNode read = http().get("/api/inspections/inspections/" + inspection, MANAGER).json();
            assertTrue(read.toString(), read.get(COUNT).asInt() >= 1);
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void withoutTheIncidentsModuleTheInspectionIsServedWithoutTheCountAndTheLinkIsGone() throws Exception {
        long inspection = plannedInspection("Ohne Vorfälle");
        features.uninstallFeature("zks-incidents");
        try {
            waitFor("/api/incidents is gone", SOON, () -> http().get("/api/incidents", ADMIN).status() == 404);
            assertNull("the link bundle is uninstalled with the incidents module", link());
            Answer read = http().get("/api/inspections/inspections/" + inspection, MANAGER);
            assertEquals(read.body(), 200, read.status());
            assertEquals("Laurenzplatz 4", read.json().get("location").get("building").asText());
            assertTrue(read.body(), !read.json().has(COUNT) || read.json().get(COUNT).isNull());
        } finally {
            features.installFeature("zks-incidents");
            waitFor("the incidents module serves again", Duration.ofSeconds(60),
                () -> http().get("/api/incidents", ADMIN).status() == 200);
        }
    }
}
