package de.koeln.zks.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/** The distribution as an operator starts it: no default password, hashed admin, loopback only. */
public class DistributionIT {
    private static final String ADMIN_PASSWORD = "first-start-secret-9";

    @Test
    public void firstStartWithoutPasswordIsRefusedWithAClearMessage() throws Exception {
        try (Distribution dist = new Distribution(Distribution.workDir("refused"))) {
            Process p = dist.start(Map.of());
            assertTrue("bin/karaf gives up by itself", p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, p.exitValue());
            String console = dist.console();
            assertTrue(console, console.contains("refusing the first start"));
            assertTrue(console, console.contains("ZKS_ADMIN_PASSWORD"));
        }
    }

    @Test
    public void firstStartCreatesAdminWithAHashedPasswordAndListensOnLoopbackOnly() throws Exception {
        try (Distribution dist = new Distribution(Distribution.workDir("first-start"))) {
            dist.start(Map.of("ZKS_ADMIN_PASSWORD", ADMIN_PASSWORD));
            dist.awaitHttp("/api/platform/health", null, Duration.ofSeconds(120));
            HttpApi http = dist.http();
            ZksTestSupport.waitFor("admin can log in", Duration.ofSeconds(60), () -> http.send("GET", "/api/platform/me", null,
                null, null, Map.of("Authorization", HttpApi.basic("admin", ADMIN_PASSWORD))).status() == 200);
            assertEquals(401, http.send("GET", "/api/platform/me", null, null, null,
                Map.of("Authorization", HttpApi.basic("karaf", "karaf"))).status());

            String users = Files.readString(dist.home.resolve("etc/users.properties"), StandardCharsets.ISO_8859_1);
            assertTrue(users, users.contains("admin = {CRYPT}") || users.contains("admin={CRYPT}"));
            assertFalse("the password is not stored in plain text", users.contains(ADMIN_PASSWORD));
            assertTrue(users.contains("_g_:admingroup"));

            String shell = Files.readString(dist.home.resolve("etc/org.apache.karaf.shell.cfg"), StandardCharsets.ISO_8859_1);
            assertTrue(shell, shell.matches("(?s).*sshHost\\s*=\\s*127\\.0\\.0\\.1.*"));
            String jmx = Files.readString(dist.home.resolve("etc/org.apache.karaf.management.cfg"), StandardCharsets.ISO_8859_1);
            assertTrue(jmx, jmx.matches("(?s).*rmiRegistryHost\\s*=\\s*127\\.0\\.0\\.1.*"));
            String system = Files.readString(dist.home.resolve("etc/system.properties"), StandardCharsets.ISO_8859_1);
            assertFalse("Derby keeps its durable default", system.contains("derby.system.durability"));
        }
    }
}
