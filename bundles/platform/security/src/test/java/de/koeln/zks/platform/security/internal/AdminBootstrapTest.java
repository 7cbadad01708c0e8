package de.koeln.zks.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin of the first start, added with Karaf's own user store to a real user file. */
class AdminBootstrapTest {
    private static final Duration GAP = Duration.ofMillis(50);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String SECRET = "a long secret!";

    @TempDir
    Path dir;

    /** Karaf's properties store without encryption: the tests read passwords as they were given. */
    private UserFile userFile(Path file, boolean encrypting) {
        PropertiesBackingEngineFactory factory = new PropertiesBackingEngineFactory();
        return new UserFile(file, encrypting, "{CRYPT}", "{CRYPT}",
            copy -> factory.build(Map.of(AdminBootstrap.USERS_OPTION, copy.toString())));
    }

    private Path file(String... lines) throws IOException {
        Path file = dir.resolve("users.properties");
        Files.write(file, java.util.List.of(lines), StandardCharsets.ISO_8859_1);
        return file;
    }

    private static Properties entries(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void createsTheAdminWithRoleAndConsoleGroupAndKeepsTheUsersAddedByHand() throws Exception {
        Path file = file("# users", "eva = {CRYPT}e{CRYPT},employee", "otto = {CRYPT}o{CRYPT},security-manager,employee");

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), SECRET, GAP, PATIENCE)).isTrue();

        Properties users = entries(file);
        assertThat(users.getProperty("eva")).isEqualTo("{CRYPT}e{CRYPT},employee");
        assertThat(users.getProperty("otto")).isEqualTo("{CRYPT}o{CRYPT},security-manager,employee");
        assertThat(users.getProperty("admin")).startsWith(SECRET + ",").contains(",admin").contains("_g_:admingroup");
        assertThat(users.getProperty("_g_:admingroup")).startsWith("group");
        try (var left = Files.list(dir)) {
            assertThat(left).as("no copy is left next to the file").containsExactly(file);
        }
    }

    @Test
    void leavesAnExistingAdminAndTheFileAlone() throws Exception {
        Path file = file("admin = {CRYPT}a{CRYPT},admin,_g_:admingroup", "eva = {CRYPT}e{CRYPT},employee");
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), "another password", GAP, PATIENCE)).isFalse();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void createsNobodyWithoutPassword() throws Exception {
        Path file = file("eva = {CRYPT}e{CRYPT},employee");
        byte[] before = Files.readAllBytes(file);

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), null, GAP, PATIENCE)).isFalse();
        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), "  ", GAP, PATIENCE)).isFalse();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void waitsUntilKarafHasEncryptedThePasswordsWrittenByHand() throws Exception {
        Path file = file("eva = plain-password,employee");
        Thread karaf = new Thread(() -> {
            try {
                Thread.sleep(400);
                Files.writeString(file, "eva = {CRYPT}hash-of-plain-password{CRYPT},employee\n", StandardCharsets.ISO_8859_1);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        karaf.start();

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), SECRET, GAP, PATIENCE)).isTrue();
        karaf.join();

        Properties users = entries(file);
        assertThat(users.getProperty("eva")).as("Karaf's encryption is kept, not overwritten with the plain read")
            .isEqualTo("{CRYPT}hash-of-plain-password{CRYPT},employee");
        assertThat(users.getProperty("admin")).startsWith(SECRET + ",");
    }

    @Test
    void addsTheAdminAnywayWhenAPasswordStaysUnencrypted() throws Exception {
        Path file = file("eva = plain-password,employee");

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), SECRET, GAP, Duration.ofMillis(300))).isTrue();

        Properties users = entries(file);
        assertThat(users.getProperty("eva")).isEqualTo("plain-password,employee");
        assertThat(users.getProperty("admin")).startsWith(SECRET + ",");
    }

    @Test
    void aRealmThatDoesNotEncryptNeedsNoEncryptedPasswords() throws Exception {
        Path file = file("eva = plain-password,employee");
        long start = System.nanoTime();

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, false), SECRET, GAP, PATIENCE)).isTrue();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PATIENCE);
        assertThat(entries(file).getProperty("admin")).startsWith(SECRET + ",");
    }

    @Test
    void doesNotTrustAFileWhileItIsStillBeingWritten() throws Exception {
        Path file = file("u0 = {CRYPT}0{CRYPT},employee");
        Thread writer = new Thread(() -> {
            StringBuilder content = new StringBuilder();
            try {
                for (int i = 0; i < 20; i++) {
                    content.append("u").append(i).append(" = {CRYPT}").append(i).append("{CRYPT},employee\n");
                    Files.writeString(file, content, StandardCharsets.ISO_8859_1);
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Thread.sleep(30);

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), SECRET, Duration.ofMillis(100), PATIENCE)).isTrue();
        writer.join();

        Properties users = entries(file);
        for (int i = 0; i < 20; i++) {
            assertThat(users.getProperty("u" + i)).as("u" + i).isEqualTo("{CRYPT}" + i + "{CRYPT},employee");
        }
        assertThat(users.getProperty("admin")).startsWith(SECRET + ",");
    }

    @Test
    void aCopyIsNotPutInPlaceWhenTheFileChangedSinceItWasRead() throws Exception {
        Path file = file("eva = {CRYPT}e{CRYPT},employee");
        UserFile users = userFile(file, true);
        UserFile.Snapshot read = users.settledRead(GAP, PATIENCE);

        boolean replaced = users.replace(read, engine -> {
            engine.addUser("admin", SECRET);
            try { // another writer, between the read and the rename
                Files.writeString(file, "eva = {CRYPT}e{CRYPT},employee\nsam = {CRYPT}s{CRYPT},responder\n",
                    StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(replaced).isFalse();
        assertThat(entries(file).stringPropertyNames()).containsExactlyInAnyOrder("eva", "sam");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void theFileKeepsItsPermissions() throws Exception {
        Path file = file("eva = {CRYPT}e{CRYPT},employee");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(file, ownerOnly);

        assertThat(AdminBootstrap.ensureAdmin(userFile(file, true), SECRET, GAP, PATIENCE)).isTrue();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(ownerOnly);
    }

    @Test
    void createsTheAdminAgainWhenAnotherWriterLostIt() throws Exception {
        Path file = file("eva = {CRYPT}e{CRYPT},employee");
        UserFile users = userFile(file, true);
        assertThat(AdminBootstrap.ensureAdmin(users, SECRET, GAP, PATIENCE)).isTrue();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread watcher = new Thread(() -> AdminBootstrap.watch(users, SECRET, 10));
        watcher.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        watcher.start();
        try {
            // an older read written back by another writer: the admin is gone
            Files.writeString(file, "eva = {CRYPT}e{CRYPT},employee\n", StandardCharsets.ISO_8859_1);
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (entries(file).getProperty("admin") == null && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(entries(file).getProperty("admin")).startsWith(SECRET + ",").contains("_g_:admingroup");
            assertThat(entries(file).getProperty("eva")).isEqualTo("{CRYPT}e{CRYPT},employee");
        } finally {
            watcher.interrupt();
            watcher.join();
        }
        assertThat(failure.get()).isNull();
    }
}
