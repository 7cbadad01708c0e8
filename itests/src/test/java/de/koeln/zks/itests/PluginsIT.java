package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.itests.HttpApi.Answer;
import de.koeln.zks.itests.ModuleLifecycleIT.Poller;

/**
 * Department plugins dropped into the running distribution's {@code deploy/} folder: live within seconds with their
 * extra fields, listener and REST resource while every other endpoint keeps answering and no other bundle is
 * stopped; replaced in place by a newer version; removed cleanly; and a plugin that fails to start or whose listener
 * throws or blocks is listed as failed while the platform works on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginsIT extends ZksTestSupport {
    private static final Duration LIVE = Duration.ofSeconds(20);

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    /** The modules the tests report to and poll: right after the boot they may still be registering. */
    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.addAll(List.of("/api/incidents", "/api/training/courses", "/api/inspections/templates"));
        return paths;
    }

    private static Path deploy(String file) {
        return Path.of(System.getProperty("karaf.base"), "deploy", file);
    }

    /** Writes the jar next to the target and moves it in, so that the deployer never sees half a file. */
    private static void drop(String file, byte[] jar) throws IOException {
        Path target = deploy(file);
        Path tmp = target.resolveSibling("." + file + ".tmp");
        Files.write(tmp, jar);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private JsonNode plugin(String name) {
        for (JsonNode p : http().get("/api/platform/plugins", ADMIN).json()) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private boolean pluginState(String name, String state) {
        JsonNode p = plugin(name);
        return p != null && p.get("state").asText().equals(state);
    }

    private List<Bundle> bundlesNamed(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).toList();
    }

    @Test
    public void aDroppedPluginIsLiveWithinSecondsUpgradedInPlaceAndRemovedWhileEverythingElseServes() throws Exception {
        http();
        String name = "buergeramt-counters";
        String bsn = "de.koeln.zks.itests.plugin." + name;
        ConcurrentLinkedQueue<String> stopped = new ConcurrentLinkedQueue<>();
        BundleListener watch = event -> {
            if (event.getType() == BundleEvent.STOPPED && !bsn.equals(event.getBundle().getSymbolicName())) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        bundleContext.addBundleListener(watch);
        try (Poller poller = new Poller(http(), "/api/incidents", "/api/training/courses", "/api/inspections/templates")) {
            long start = System.nanoTime();
            drop("counters.jar", PluginJar.build(name, "1.0.0", Map.of("ZKS-Plugin-Units", "Bürgeramt Innenstadt")));
            waitFor("the plugin is active", LIVE, () -> pluginState(name, "ACTIVE")
                && http().get("/api/plugins/" + name + "/counts", EMPLOYEE).status() == 200);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            System.out.println("PluginsIT: plugin live " + millis + " ms after the drop");

            JsonNode info = plugin(name);
            assertEquals("1.0.0", info.get("version").asText());
            assertEquals("Bürgeramt", info.get("department").asText());
            assertEquals("Bürgeramt Innenstadt", info.get("units").get(0).asText());
            assertEquals(2, info.get("extraFields").asInt());
            assertEquals(1, info.get("listeners").asInt());
            JsonNode fields = http().get("/api/platform/plugins/fields?module=incidents&unit=B%C3%BCrgeramt%20Innenstadt", EMPLOYEE).json();
            assertEquals(2, fields.size());
            assertEquals("counterNumber", fields.get(0).get("field").get("name").asText());
            assertEquals(0, http().get("/api/platform/plugins/fields?module=incidents&unit=Jobcenter", EMPLOYEE).json().size());
            assertEquals(403, http().get("/api/platform/plugins", EMPLOYEE).status());

            String withExtra = IncidentsIT.SAMPLE.replace("\"policeCalled\": true}",
                "\"policeCalled\": true, \"extra\": {\"counterNumber\": 7, \"queueSystem\": \"ja\"}}");
            Answer reported = http().post("/api/incidents", EMPLOYEE, withExtra);
            assertEquals(reported.body(), 201, reported.status());
            assertEquals(7, reported.json().get("extra").get("counterNumber").asInt());
            long incident = reported.json().get("id").asLong();
            Answer notAllowed = http().post("/api/incidents", EMPLOYEE, withExtra.replace("\"ja\"", "\"vielleicht\""));
            PlatformIT.assertProblem(notAllowed, 400);
            assertEquals("extra.queueSystem", notAllowed.json().get("errors").get(0).get("field").asText());
            Answer missing = http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE);
            PlatformIT.assertProblem(missing, 400);
            assertEquals("extra.counterNumber", missing.json().get("errors").get(0).get("field").asText());
            JsonNode schema = http().get("/api/openapi.json", null).json().get("components").get("schemas").get("IncidentInput")
                .get("properties").get("extra");
            assertEquals(schema.toString(), "number", schema.get("properties").get("counterNumber").get("type").asText());
            JsonNode documented = http().get("/api/openapi.json", null).json().get("paths").get("/api/plugins/" + name + "/counts");
            assertEquals(String.valueOf(documented), "plugin " + name, documented.get("get").get("tags").get(0).asText());
            waitFor("the plugin's listener saw the report", LIVE, () -> plugin(name).get("eventsHandled").asLong() >= 1);
            String console = console("platform:plugins", ADMIN, "admin");
            assertTrue(console, console.contains(name) && console.contains("ACTIVE"));

            drop("counters.jar", PluginJar.build(name, "1.1.0", Map.of("ZKS-Plugin-Units", "Bürgeramt Innenstadt")));
            waitFor("version 1.1.0 serves", LIVE, () -> {
                Answer counts = http().get("/api/plugins/" + name + "/counts", EMPLOYEE);
                return counts.status() == 200 && counts.json().get("version").asText().equals("1.1.0");
            });
            assertEquals("updated in place, never two versions", 1, bundlesNamed(bsn).size());
            assertEquals("1.1.0", plugin(name).get("version").asText());

            Files.delete(deploy("counters.jar"));
            waitFor("the plugin is gone", LIVE, () -> plugin(name) == null && bundlesNamed(bsn).isEmpty()
                && http().get("/api/plugins/" + name + "/counts", EMPLOYEE).status() == 404);
            assertEquals(0, http().get("/api/platform/plugins/fields?module=incidents", EMPLOYEE).json().size());
            JsonNode kept = http().get("/api/incidents/" + incident, MANAGER).json().get("extra");
            assertEquals("the stored value outlives the plugin: " + kept, "7", kept.get("counterNumber").asText());
            assertEquals(201, http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE).status());
            poller.assertNoFailures();
        } finally {
            bundleContext.removeBundleListener(watch);
        }
        assertEquals("no other bundle was stopped (no refresh): " + stopped, List.of(), new ArrayList<>(stopped));
    }

    @Test
    public void aPluginThatFailsToStartThrowsOrBlocksIsListedAsFailedAndTheRestWorksOn() throws Exception {
        http();
        drop("broken-start.jar", PluginJar.build("broken-start", "1.0.0", Map.of("X-Test-Fields", "none", "X-Test-Start", "fail")));
        drop("throwing.jar", PluginJar.build("throwing", "1.0.0", Map.of("X-Test-Fields", "none", "X-Test-Listener", "throw")));
        drop("blocking.jar", PluginJar.build("blocking", "1.0.0", Map.of("X-Test-Fields", "none", "X-Test-Listener", "block")));
        drop("healthy.jar", PluginJar.build("healthy", "1.0.0", Map.of("X-Test-Fields", "none")));
        try {
            waitFor("the plugins are installed", LIVE, () -> plugin("broken-start") != null && pluginState("throwing", "ACTIVE")
                && pluginState("blocking", "ACTIVE") && pluginState("healthy", "ACTIVE"));
            waitFor("the plugin whose start failed is listed as failed", LIVE, () -> pluginState("broken-start", "FAILED"));
            assertTrue(plugin("broken-start").get("problems").toString(), plugin("broken-start").get("problems").toString().contains("start"));

            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Answer reported = http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE);
                assertEquals(reported.body(), 201, reported.status());
                assertTrue("a report never waits for a plugin",
                    Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(5)) < 0);
            }
            waitFor("the throwing plugin is listed as failed", LIVE, () -> pluginState("throwing", "FAILED"));
            assertTrue(plugin("throwing").get("problems").toString().contains("counting failed on purpose"));
            waitFor("the healthy plugin saw every report", LIVE, () -> plugin("healthy").get("eventsHandled").asLong() >= 3);
            waitFor("the blocked plugin is listed as failed", Duration.ofSeconds(60), () -> pluginState("blocking", "FAILED"));
            assertTrue(plugin("blocking").get("problems").toString().contains("blocked for"));
            assertEquals("ACTIVE", plugin("healthy").get("state").asText());
            assertEquals(200, http().get("/api/incidents", MANAGER).status());
            String console = console("platform:plugins", ADMIN, "admin");
            assertTrue(console, console.contains("FAILED") && console.contains("blocked for"));
        } finally {
            for (String f : List.of("broken-start.jar", "throwing.jar", "blocking.jar", "healthy.jar")) {
                Files.deleteIfExists(deploy(f));
            }
        }
        // until their bundles are gone, not only their entries: the other test counts every bundle that stops
        waitFor("the plugins are removed", LIVE, () -> Stream.of("broken-start", "throwing", "blocking", "healthy")
            .allMatch(p -> plugin(p) == null && bundlesNamed("de.koeln.zks.itests.plugin." + p).isEmpty()));
    }
}
