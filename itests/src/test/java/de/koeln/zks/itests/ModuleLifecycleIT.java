package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import de.koeln.zks.itests.HttpApi.Answer;

/**
 * A module is installed, removed and updated on its own: the platform never fails a request meanwhile,
 * the module's data survives, and no install refreshes unrelated bundles.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleLifecycleIT extends ZksTestSupport {
    private static final String FEATURE = "zks-incidents";

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Override
    protected List<String> readyPaths() {
        List<String> paths = new ArrayList<>(super.readyPaths());
        paths.add("/api/incidents");
        paths.add("/api/alarm/points");
        return paths;
    }

    @Test
    public void uninstallAndReinstallNeverDisturbThePlatformAndKeepTheData() throws Exception {
        long id = http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE).json().get("id").asLong();

        String plan = logOf(() -> features.installFeature("pax-url-classpath",
            EnumSet.of(FeaturesService.Option.Simulate, FeaturesService.Option.Verbose)));
        assertTrue(plan, plan.contains("Bundles to install"));
        assertFalse("an install refreshes no unrelated bundle:\n" + plan, plan.contains("Bundles to refresh"));

        try (Poller poller = new Poller(http())) {
            String uninstallLog = logOf(() -> features.uninstallFeature(FEATURE));
            assertNoRefresh(uninstallLog);
            Answer gone = http().get("/api/incidents/" + id, MANAGER);
            PlatformIT.assertProblem(gone, 404);
            assertFalse(http().get("/api/platform/modules", null).body().contains("incidents"));

            String installLog = logOf(() -> features.installFeature(FEATURE));
            assertNoRefresh(installLog);
            waitFor("the incidents module serves again", Duration.ofSeconds(60),
                () -> http().get("/api/incidents/" + id, MANAGER).status() == 200);
            assertEquals("Kunde drohte mit Schlägen",
                http().get("/api/incidents/" + id, MANAGER).json().get("description").asText());

            poller.assertNoFailures();
        }
    }

    @Test
    public void updatingTheModuleBundleKeepsServingTheSameData() throws Exception {
        long id = http().post("/api/incidents", EMPLOYEE, IncidentsIT.SAMPLE).json().get("id").asLong();
        Bundle impl = bundle("de.koeln.zks.incidents.impl");
        try (Poller poller = new Poller(http())) {
            impl.update();
            waitFor("the updated module serves", Duration.ofSeconds(60),
                () -> http().get("/api/incidents/" + id, MANAGER).status() == 200);
            poller.assertNoFailures();
        }
        assertEquals(Bundle.ACTIVE, bundle("de.koeln.zks.incidents.impl").getState());
        assertEquals("THREAT", http().get("/api/incidents/" + id, MANAGER).json().get("kind").asText());
    }

    /**
     * The platform's own application is served whole or not at all: while the platform's core (users, audit) is
     * down, even its health does not answer, and from the first moment the health answers again, the caller, the
     * users, the audit trail and the modules are there too. (With its resources registered one by one, the health
     * answered while the others were missing, and after a start each answered 404 until its services came; a
     * client that waited for the health got 404 on its next request, seen at boot.) Every module is served again
     * afterwards.
     */
    @Test
    public void thePlatformsApplicationIsServedWholeOrNotAtAll() throws Exception {
        http(); // everything is served before
        Bundle core = bundle("de.koeln.zks.platform.core");
        core.stop();
        try {
            waitFor("the caller's endpoint is gone with the core", Duration.ofSeconds(60),
                () -> http().get("/api/platform/me", EMPLOYEE).status() == 404);
            assertEquals("no health without users and audit", 404, http().get("/api/platform/health", null).status());
        } finally {
            core.start();
        }
        waitFor("the platform answers its health again", Duration.ofSeconds(60),
            () -> http().get("/api/platform/health", null).status() == 200);
        for (int round = 0; round < 20; round++) {
            for (String[] path : new String[][] {{"/api/platform/me", EMPLOYEE}, {"/api/platform/users", ADMIN},
                    {"/api/platform/audit", ADMIN}, {"/api/platform/modules", null}}) {
                Answer a = http().get(path[0], path[1]);
                assertEquals("round " + round + ": " + path[0] + " -> " + a, 200, a.status());
            }
        }
        for (String path : readyPaths()) {
            waitFor(path + " is served again", Duration.ofSeconds(60), () -> http().get(path, ADMIN).status() != 404);
        }
    }

    /**
     * The plan refreshes nothing but the module's own bundles (an uninstalled bundle is "refreshed" as it
     * goes): no other bundle is named under "Bundles to refresh" or "Refreshing bundles". The alarm and inspections
     * modules' links to incidents (installed only while both modules are) come and go with the incidents module and
     * count as its bundles; the alarm and inspections modules themselves are never touched.
     */
    private static void assertNoRefresh(String log) {
        boolean inRefresh = false;
        for (String line : log.split("\\R")) {
            String message = line.contains("| ") ? line.substring(line.lastIndexOf("| ") + 2) : line;
            if (message.contains("Bundles to refresh:") || message.contains("Refreshing bundles:")) {
                inRefresh = true;
            } else if (inRefresh && message.strip().matches("[\\w.-]+/[\\w.-]+( \\(.*\\))?")) {
                assertTrue("only the module's own bundles are refreshed:\n" + log,
                    message.strip().startsWith("de.koeln.zks.incidents.")
                        || message.strip().startsWith("de.koeln.zks.alarm.incidents/")
                        || message.strip().startsWith("de.koeln.zks.inspections.incidents/"));
            } else {
                inRefresh = false;
            }
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    interface Step {
        void run() throws Exception;
    }

    /** What the container logged while {@code step} ran (feature plans are logged, also with -t -v). */
    static String logOf(Step step) throws Exception {
        Path log = Path.of(System.getProperty("karaf.log"), "karaf.log");
        long before = Files.size(log);
        step.run();
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
    }

    /** Asks the platform's endpoints without pause while a module comes and goes; every answer must be 200. */
    static final class Poller implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger requests = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Thread thread;

        /** @param otherModules paths of other modules that must keep serving (asked as the employee) */
        Poller(HttpApi http, String... otherModules) {
            thread = new Thread(() -> {
                while (running.get()) {
                    check(http, "/api/platform/health", null);
                    check(http, "/api/platform/me", ZksTestSupport.EMPLOYEE);
                    check(http, "/api/platform/users", ZksTestSupport.ADMIN);
                    check(http, "/api/alarm/points", ZksTestSupport.EMPLOYEE); // another module
                    for (String path : otherModules) {
                        check(http, path, ZksTestSupport.EMPLOYEE);
                    }
                }
            }, "platform-poller");
            thread.start();
        }

        private void check(HttpApi http, String path, String user) {
            try {
                Answer a = http.send("GET", path, user, null, null, Map.of());
                requests.incrementAndGet();
                if (a.status() != 200) {
                    failures.add(path + " -> " + a);
                }
            } catch (RuntimeException e) {
                failures.add(path + " -> " + e);
            }
        }

        void assertNoFailures() throws InterruptedException {
            close();
            assertTrue("the poller made requests", requests.get() > 10);
            assertTrue(requests.get() + " requests, failed: " + failures, failures.isEmpty());
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
            assertNotNull(thread);
        }
    }
}
