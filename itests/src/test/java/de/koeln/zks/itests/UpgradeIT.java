package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.itests.HttpApi.Answer;
import de.koeln.zks.itests.ModuleLifecycleIT.Poller;

/**
 * An existing installation of the previous incidents module (API 1.1, before duties and the warning register)
 * with stored incidents is upgraded in place to this build's module: the bundles are updated and refreshed as
 * {@code bundle:update} does, the data is kept, the new tables are added, and the new functions work on the old
 * reports. The previous release is kept as test data ({@code src/test/resources/upgrade}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpgradeIT extends ZksTestSupport {
    private static final String FIXTURES = "zks.itest.upgrade";
    private static final String VERSION = "zks.itest.version";
    private static final Duration SOON = Duration.ofSeconds(90);

    /** The distribution as it is, but booting without the incidents module: the test installs the previous one. */
    @Configuration
    public Option[] config() throws IOException {
        List<Option> options = new ArrayList<>(Arrays.asList(baseConfig()));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", bootWithoutIncidents()));
        options.add(editConfigurationFilePut("etc/system.properties", FIXTURES,
            new File("src/test/resources/upgrade").getAbsolutePath()));
        options.add(editConfigurationFilePut("etc/system.properties", VERSION, System.getProperty("zks.version")));
        return options.toArray(Option[]::new);
    }

    private static String bootWithoutIncidents() throws IOException {
        File cfg = new File(new File(System.getProperty("zks.distribution")).getParentFile(),
            "assembly/etc/org.apache.karaf.features.cfg");
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(new FileInputStream(cfg), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return Arrays.stream(properties.getProperty("featuresBoot").split(",")).map(String::strip)
            .filter(f -> !f.isEmpty() && !f.startsWith("zks-incidents/")).collect(Collectors.joining(","));
    }

    @Override
    protected List<String> readyPaths() {
        return List.of("/api/platform/health", "/api/platform/me");
    }

    @Test
    public void anInstallationWithStoredIncidentsIsUpgradedInPlaceWithoutDataLoss() throws Exception {
        File fixtures = new File(System.getProperty(FIXTURES));
        Bundle api = bundleContext.installBundle("file:" + new File(fixtures, "zks-incidents-api-1.1.jar").getAbsolutePath());
        Bundle impl = bundleContext.installBundle("file:" + new File(fixtures, "zks-incidents-impl-1.1.jar").getAbsolutePath());
        api.start();
        impl.start();
        waitFor("the previous incidents module serves", SOON, () -> http().get("/api/incidents", MANAGER).status() == 200);
        assertEquals("the previous module has no warning register", 404,
            http().get("/api/incidents/warnings", MANAGER).status());

        Answer threat = http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE);
        assertEquals(threat.body(), 201, threat.status());
        long threatId = threat.json().get("id").asLong();
        long insultId = http().post("/api/incidents", OTHER_EMPLOYEE,
            IncidentsIT.report("Jobcenter Mülheim", "INSULT", 1, "Beleidigung am Schalter")).json().get("id").asLong();
        Answer comment = http().post("/api/incidents/" + threatId + "/comments", MANAGER, "{\"text\":\"Rückruf vereinbart\"}");
        assertEquals(comment.body(), 201, comment.status());

        assertEquals("1.1.0", apiVersion("incidents"));
        String newApi = exportedApiVersion().toString();
        try (Poller others = new Poller(http(), "/api/training/courses", "/api/inspections/templates");
                Stream upgraded = new Stream(http(), "/api/incidents?limit=5")) {
            long start = System.nanoTime();
            upgrade(api, impl);
            waitFor("the module answers with its new version " + newApi, Duration.ofSeconds(15),
                () -> newApi.equals(apiVersion("incidents")) && http().get("/api/incidents/warnings", MANAGER).status() == 200);
            System.out.println("UpgradeIT: new version serves " + Duration.ofNanos(System.nanoTime() - start).toMillis()
                + " ms after the update began; requests to the upgraded module meanwhile: " + upgraded.summary());
            others.assertNoFailures();
        }
        String console = console("platform:modules", ADMIN, "admin");
        assertTrue(console, console.contains("incidents") && console.contains(newApi) && console.contains("ACTIVE"));

        JsonNode kept = http().get("/api/incidents/" + threatId, MANAGER).json();
        assertEquals("Kunde drohte mit Schlägen", kept.get("description").asText());
        assertEquals(EMPLOYEE, kept.get("reportedBy").asText());
        assertEquals(2, kept.get("suggestedLevel").asInt());
        assertEquals("Rückruf vereinbart", http().get("/api/incidents/" + threatId + "/comments", MANAGER).json().get(0)
            .get("text").asText());
        assertEquals("Beleidigung am Schalter", http().get("/api/incidents/" + insultId, MANAGER).json().get("description")
            .asText());
        assertEquals(2, http().get("/api/incidents?limit=10", MANAGER).json().get("total").asInt());
        // reports from before the upgrade are found by building (their key is filled in when the module starts)
        assertEquals(1, http().get("/api/incidents?building=%20LAURENZPLATZ%204", MANAGER).json().get("total").asInt());

        // reports from before the upgrade get their duties with their next change
        assertEquals("[]", http().get("/api/incidents/" + threatId + "/duties", MANAGER).body());
        String changed = IncidentsIT.SAMPLE.replace("\"policeCalled\": true", "\"policeCalled\": true, \"criminalComplaintFiled\": true");
        Answer updated = http().put("/api/incidents/" + threatId, MANAGER, changed);
        assertEquals(updated.body(), 200, updated.status());
        JsonNode duties = http().get("/api/incidents/" + threatId + "/duties", MANAGER).json();
        assertEquals(duties.toString(), 3, duties.size());
        assertEquals("DONE", duties.get(2).get("state").asText());

        Answer proposed = http().post("/api/incidents/warnings", MANAGER, "{\"name\":\"Jürgen Müller\","
            + "\"birthDate\":\"1980-02-03\",\"level\":2,\"kind\":\"THREAT\",\"advice\":\"Termine nur zu zweit\","
            + "\"expiresOn\":\"" + LocalDate.now().plusMonths(6) + "\",\"incidents\":[" + threatId + "]}");
        assertEquals(proposed.body(), 201, proposed.status());
        http().post("/api/incidents/warnings/" + proposed.json().get("id").asLong() + "/approve", SECOND_MANAGER, "");
        Answer check = http().post("/api/incidents/warnings/check", EMPLOYEE,
            "{\"name\":\"Juergen Mueller\",\"birthDate\":\"1980-02-03\",\"purpose\":\"COUNTER_APPOINTMENT\"}");
        assertTrue(check.body(), check.json().get("warning").asBoolean());
    }

    /** The API version the module's serving bundle is wired to, as {@code GET /api/platform/modules} shows it. */
    private String apiVersion(String module) {
        for (JsonNode m : http().get("/api/platform/modules", null).json()) {
            if (m.get("name").asText().equals(module) && "ACTIVE".equals(m.get("state").asText())) {
                return m.get("apiVersion").asText();
            }
        }
        return null;
    }

    /** A steady stream of reads against the module being upgraded: how many, how many failed, for how long. */
    private static final class Stream implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        private volatile long firstFailure;
        private volatile long lastFailure;
        private final Thread thread;

        Stream(HttpApi http, String path) {
            thread = new Thread(() -> {
                while (running.get()) {
                    int status;
                    try {
                        status = http.get(path, MANAGER).status();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    requests.incrementAndGet();
                    if (status != 200) {
                        long now = System.nanoTime();
                        if (failed.getAndIncrement() == 0) {
                            firstFailure = now;
                        }
                        lastFailure = now;
                    }
                }
            }, "upgrade-stream");
            thread.start();
        }

        String summary() {
            return requests.get() + " requests, " + failed.get() + " not answered 200"
                + (failed.get() == 0 ? "" : " within " + Duration.ofNanos(lastFailure - firstFailure).toMillis() + " ms");
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }

    /** Both bundles get this build's jars from the distribution's repository, then one refresh rewires them. */
    private void upgrade(Bundle api, Bundle impl) throws Exception {
        String version = System.getProperty(VERSION);
        try (InputStream in = new URL("mvn:de.koeln.zks/zks-incidents-api/" + version).openStream()) {
            api.update(in);
        }
        try (InputStream in = new URL("mvn:de.koeln.zks/zks-incidents-impl/" + version).openStream()) {
            impl.update(in);
        }
        CountDownLatch refreshed = new CountDownLatch(1);
        bundleContext.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(api, impl), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        assertTrue("the refresh ends", refreshed.await(60, TimeUnit.SECONDS));
        assertEquals(Bundle.ACTIVE, impl.getState());
        org.osgi.framework.Version exported = exportedApiVersion();
        String range = "version=\"[" + exported.getMajor() + "." + exported.getMinor() + "," + exported.getMajor() + "."
            + (exported.getMinor() + 1) + ")\"";
        assertTrue(impl.getHeaders().get("Import-Package"), impl.getHeaders().get("Import-Package").contains(range));
    }

    /** The version of the incidents API package in this build's jar (what the upgrade brings). */
    private static org.osgi.framework.Version exportedApiVersion() throws Exception {
        try (java.util.jar.JarInputStream jar = new java.util.jar.JarInputStream(
                new URL("mvn:de.koeln.zks/zks-incidents-api/" + System.getProperty(VERSION)).openStream())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("de\\.koeln\\.zks\\.incidents\\.api;(?:[^\"]|\"[^\"]*\")*?version=\"([0-9.]+)\"")
                .matcher(jar.getManifest().getMainAttributes().getValue("Export-Package"));
            assertTrue("the API jar exports its package with a version", m.find());
            return org.osgi.framework.Version.parseVersion(m.group(1));
        }
    }
}
