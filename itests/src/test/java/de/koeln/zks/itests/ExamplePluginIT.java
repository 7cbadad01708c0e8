package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

import de.koeln.zks.itests.HttpApi.Answer;

/**
 * The example plugin of the citizens' office ({@code bundles/plugins/citizens-office}), built by the reactor, dropped into
 * the running distribution's {@code deploy/} folder as a department would: its counter fields on the reports of its
 * Bürgerämter, incidents counted per counter over REST and on the console for security management and the units'
 * managers, counts rebuilt from the stored reports after a restart of the plugin, and a clean removal that keeps the
 * reports' values.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExamplePluginIT extends ZksTestSupport {
    private static final Duration LIVE = Duration.ofSeconds(30);
    private static final String JAR_PROPERTY = "zks.itest.plugin.citizensOffice";
    private static final String NAME = "citizens-office";
    private static final String BSN = "de.koeln.zks.plugin.citizensoffice";
    private static final String COUNTERS = "/api/plugins/" + NAME + "/counters";
    private static final String INNENSTADT = "Bürgeramt Innenstadt";
    private static final String KALK = "Bürgeramt Kalk";
    /** A unit manager of the Bürgeramt Kalk. */
    private static final String KALK_MANAGER = "uwe";

    @Configuration
    public Option[] config() {
        File jar = new File(System.getProperty("zks.plugin.citizensOffice", "missing"));
        if (!jar.isFile()) {
            throw new IllegalStateException("The example plugin is not built: " + jar + " (build bundles/plugins/citizens-office)");
        }
        List<Option> options = new ArrayList<>(Arrays.asList(baseConfig()));
        options.add(editConfigurationFilePut("etc/system.properties", JAR_PROPERTY, jar.getAbsolutePath()));
        options.add(editConfigurationFilePut("etc/users.properties", KALK_MANAGER, PASSWORD + ",unit-manager,employee"));
        return options.toArray(Option[]::new);
    }

    private static Path deployed() {
        return Path.of(System.getProperty("karaf.base"), "deploy", NAME + ".jar");
    }

    /** Copies the jar next to the target and moves it in, so that the deployer never sees half a file. */
    private static void drop() throws Exception {
        Path target = deployed();
        Path tmp = target.resolveSibling("." + NAME + ".jar.tmp");
        Files.copy(Path.of(System.getProperty(JAR_PROPERTY)), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private JsonNode plugin() {
        for (JsonNode p : http().get("/api/platform/plugins", ADMIN).json()) {
            if (p.get("name").asText().equals(NAME)) {
                return p;
            }
        }
        return null;
    }

    private Bundle bundle() {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> BSN.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    private static String report(String unit, String extra) {
        return IncidentsIT.SAMPLE.replace(INNENSTADT, unit)
            .replace("\"policeCalled\": true}", "\"policeCalled\": true" + (extra == null ? "" : ", \"extra\": " + extra) + "}");
    }

    private long reportAt(String unit, String extra) {
        Answer answer = http().post("/api/incidents", EMPLOYEE, report(unit, extra));
        assertEquals(answer.body(), 201, answer.status());
        return answer.json().get("id").asLong();
    }

    /** The row of the counts for the counter (null: reports without a counter number), or null if there is none. */
    private static JsonNode row(JsonNode counts, String unit, Integer counter) {
        for (JsonNode c : counts.get("counters")) {
            JsonNode number = c.get("counter"); // left out when null
            boolean sameCounter = counter == null ? number == null || number.isNull() : number != null && number.asInt() == counter;
            if (c.get("unit").asText().equals(unit) && sameCounter) {
                return c;
            }
        }
        return null;
    }

    private JsonNode counts(String user) {
        Answer answer = http().get(COUNTERS, user);
        assertEquals(answer.body(), 200, answer.status());
        return answer.json();
    }

    /** Whether the complete counts show {@code incidents} at the counter. */
    private boolean counted(String unit, Integer counter, int incidents) {
        Answer answer = http().get(COUNTERS, MANAGER);
        if (answer.status() != 200 || !answer.json().get("complete").asBoolean()) {
            return false;
        }
        JsonNode row = row(answer.json(), unit, counter);
        return row != null && row.get("incidents").asInt() == incidents;
    }

    private String commands(String command, String user, String... roles) {
        try {
            return console(command, user, roles);
        } catch (Exception e) {
            return "Error executing command: " + e;
        }
    }

    /**
     * The plugin as a feature (as a KAR would bring it): the preview ({@code feature:install -t -v}) plans its own bundle
     * only and refreshes nothing; installed, it is live while every other endpoint keeps answering; uninstalled, gone.
     */
    @Test
    public void asAFeatureThePluginInstallsWithoutRefreshingAnythingElse() throws Exception {
        http();
        String feature = "zks-plugin-citizens-office";
        String plan = ModuleLifecycleIT.logOf(() -> features.installFeature(feature,
            java.util.EnumSet.of(org.apache.karaf.features.FeaturesService.Option.Simulate,
                org.apache.karaf.features.FeaturesService.Option.Verbose)));
        assertTrue(plan, plan.contains("Bundles to install") && plan.contains("zks-plugin-citizens-office"));
        assertFalse("installing the plugin refreshes nothing:\n" + plan, plan.contains("Bundles to refresh"));
        try (ModuleLifecycleIT.Poller poller = new ModuleLifecycleIT.Poller(http(), "/api/incidents", "/api/training/courses",
                "/api/inspections/templates")) {
            String log = ModuleLifecycleIT.logOf(() -> features.installFeature(feature));
            assertFalse("nothing refreshed:\n" + log, log.contains("Refreshing bundles"));
            waitFor("the plugin is active", LIVE, () -> {
                JsonNode p = plugin();
                return p != null && p.get("state").asText().equals("ACTIVE");
            });
            features.uninstallFeature(feature);
            waitFor("the plugin is gone", LIVE, () -> plugin() == null);
            poller.assertNoFailures();
        }
    }

    @Test
    public void theCitizensOfficeCountsIncidentsPerCounterFromTheDropToTheRemoval() throws Exception {
        http().put("/api/platform/users/" + KALK_MANAGER, ADMIN, "{\"displayName\":\"Uwe\",\"units\":[\"" + KALK + "\"]}");
        long before = reportAt(KALK, null); // stored before the plugin came: counted by the rebuild, without counter

        drop();
        waitFor("the plugin is active and serves its counts", LIVE, () -> {
            JsonNode p = plugin();
            return p != null && p.get("state").asText().equals("ACTIVE") && counted(KALK, null, 1);
        });
        JsonNode info = plugin();
        assertEquals("Amt für Bürgerdienste", info.get("department").asText());
        assertEquals(List.of(INNENSTADT, KALK), List.of(info.get("units").get(0).asText(), info.get("units").get(1).asText()));
        assertEquals(2, info.get("extraFields").asInt());
        assertEquals(1, info.get("listeners").asInt());
        JsonNode fields = http().get("/api/platform/plugins/fields?module=incidents&unit="
            + URLEncoder.encode(KALK, StandardCharsets.UTF_8), EMPLOYEE).json();
        assertEquals("counterNumber", fields.get(0).get("field").get("name").asText());
        assertEquals("secondExit", fields.get(1).get("field").get("name").asText());
        assertFalse("optional: reports from the waiting area", fields.get(0).get("field").get("required").asBoolean());

        // the reporting form of the Bürgerämter
        long first = reportAt(INNENSTADT, "{\"counterNumber\": 7, \"secondExit\": \"versperrt\"}");
        reportAt(INNENSTADT, "{\"counterNumber\": 7, \"secondExit\": \"frei\"}");
        reportAt(KALK, "{\"counterNumber\": 3}");
        Answer wrongChoice = http().post("/api/incidents", EMPLOYEE, report(INNENSTADT, "{\"secondExit\": \"offen\"}"));
        PlatformIT.assertProblem(wrongChoice, 400);
        assertEquals("extra.secondExit", wrongChoice.json().get("errors").get(0).get("field").asText());
        Answer otherUnit = http().post("/api/incidents", EMPLOYEE, report("Jobcenter Mülheim", "{\"counterNumber\": 2}"));
        PlatformIT.assertProblem(otherUnit, 400);
        assertEquals("extra.counterNumber", otherUnit.json().get("errors").get(0).get("field").asText());

        waitFor("the listener counted the reports", LIVE, () -> counted(INNENSTADT, 7, 2) && counted(KALK, 3, 1));
        JsonNode all = counts(MANAGER);
        assertEquals(4, all.get("incidents").asInt());
        assertEquals(1, row(all, INNENSTADT, 7).get("secondExitBlocked").asInt());
        assertEquals("the counter with the most incidents comes first", 7, all.get("counters").get(0).get("counter").asInt());
        assertNotNull(row(all, INNENSTADT, 7).get("lastOccurredAt").asText());

        // who may see what
        JsonNode own = counts(KALK_MANAGER);
        assertEquals(List.of(KALK), List.of(own.get("units").get(0).asText()));
        assertEquals(1, own.get("units").size());
        assertNull(row(own, INNENSTADT, 7));
        assertEquals(1, row(own, KALK, 3).get("incidents").asInt());
        PlatformIT.assertProblem(http().get(COUNTERS + "?unit=" + URLEncoder.encode(INNENSTADT, StandardCharsets.UTF_8),
            KALK_MANAGER), 403);
        PlatformIT.assertProblem(http().get(COUNTERS, EMPLOYEE), 403);
        assertEquals(401, http().get(COUNTERS, null).status());
        Answer badFrom = http().get(COUNTERS + "?from=yesterday", MANAGER);
        PlatformIT.assertProblem(badFrom, 400);
        assertEquals("from", badFrom.json().get("errors").get(0).get("field").asText());
        assertEquals(0, http().get(COUNTERS + "?from=2099-01-01", MANAGER).json().get("incidents").asInt());
        JsonNode audit = http().get("/api/platform/audit?actor=plugin:citizens-office&module=incidents", ADMIN).json();
        assertTrue("reading reports is audited in the plugin's name: " + audit, audit.get("total").asInt() >= 3);

        // the console scope of the plugin, with the same rules
        waitFor("the plugin's commands are registered", LIVE,
            () -> !commands("citizens-office:counters", MANAGER, "security-manager").contains("Command not found"));
        String table = console("citizens-office:counters", MANAGER, "security-manager", "employee");
        assertTrue(table, table.contains(INNENSTADT) && table.contains(KALK) && table.contains("4 incidents"));
        String kalk = console("citizens-office:counters --unit \"" + KALK + "\"", MANAGER, "security-manager");
        assertTrue(kalk, kalk.contains(KALK) && !kalk.contains(INNENSTADT) && kalk.contains("2 incidents"));
        String refused = console("citizens-office:counters", EMPLOYEE, "employee");
        assertTrue(refused, refused.contains("Error executing command"));

        // a restart of the plugin (as after an upgrade or a restart of the container) counts from the stored reports
        Bundle bundle = bundle();
        bundle.stop();
        Answer unknown = http().post("/api/incidents", EMPLOYEE, report(KALK, "{\"counterNumber\": 3}"));
        PlatformIT.assertProblem(unknown, 400); // while the plugin is stopped its fields are not declared
        reportAt(KALK, null); // reported while the plugin was stopped
        bundle.start();
        waitFor("the counts are rebuilt with the report made while it was stopped", LIVE,
            () -> counted(KALK, null, 2) && counted(INNENSTADT, 7, 2) && counted(KALK, 3, 1));

        // removal: the plugin, its path and its commands go; the reports keep their values
        Files.delete(deployed());
        waitFor("the plugin is gone", LIVE, () -> plugin() == null && bundle() == null && http().get(COUNTERS, MANAGER).status() == 404);
        waitFor("its commands are gone", LIVE,
            () -> commands("citizens-office:counters", MANAGER, "security-manager").contains("Command not found"));
        JsonNode kept = http().get("/api/incidents/" + first, MANAGER).json().get("extra");
        assertEquals("values outlive the plugin: " + kept, "7", kept.get("counterNumber").asText());
        assertEquals("versperrt", kept.get("secondExit").asText());
        assertEquals(201, http().post("/api/incidents", EMPLOYEE, report(KALK, null)).status());
        assertEquals(200, http().get("/api/incidents/" + before, MANAGER).status());
    }
}
