package de.koeln.zks.platform.security.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.karaf.jaas.modules.BackingEngine;

/**
 * Karaf's user file ({@code etc/users.properties}) read and changed safely while Karaf writes it too.
 * <p>
 * Karaf encrypts passwords written into the file by hand on a thread of its own: at its start and whenever the
 * file is modified, it reads the file and, if a password is not yet encrypted, writes the whole file back. Every
 * write (Karaf's and a user store's) truncates the file first, so a reader can see half a file. Karaf's encrypting
 * thread reads on the modification event, which can come in the middle of such a write: then it "encrypts" a
 * half-read password hash and writes back half a file. On a first start with users added by hand, the admin and
 * the hand-added users were lost or got a password nobody knows (CI, 2026-11-28: every hand-added user refused).
 * <p>
 * So this class reads only a <em>settled</em> file (two reads a moment apart agree, and, where the realm encrypts,
 * every password is already encrypted: Karaf's thread has nothing left to do), and changes it in a copy next to it
 * that replaces the file in one atomic rename. A rename is no modification of the file's name, so Karaf's thread is
 * not woken, and no reader ever sees a half-written file of ours. The rename happens only if the file still holds
 * what was read.
 */
final class UserFile {
    /** The file's content at one moment, with the user names in it. */
    record Snapshot(byte[] content, Set<String> users, boolean settled) {
    }

    private final Path file;
    private final String encryptedPrefix;
    private final String encryptedSuffix;
    private final boolean encrypting;
    private final Function<Path, BackingEngine> engines;

    /**
     * @param encrypting whether the realm encrypts passwords (then Karaf encrypts hand-written ones by itself)
     * @param engines    Karaf's user store for a file of this format, for the copy
     */
    UserFile(Path file, boolean encrypting, String encryptedPrefix, String encryptedSuffix,
            Function<Path, BackingEngine> engines) {
        this.file = file;
        this.encrypting = encrypting;
        this.encryptedPrefix = encryptedPrefix == null ? "" : encryptedPrefix;
        this.encryptedSuffix = encryptedSuffix == null ? "" : encryptedSuffix;
        this.engines = engines;
    }

    Path path() {
        return file;
    }

    /**
     * Reads until two reads {@code gap} apart agree and every password is encrypted (where the realm encrypts).
     * After {@code patience}, two agreeing reads are enough: a password Karaf cannot encrypt must not keep the
     * platform from starting. A missing file reads as empty.
     */
    Snapshot settledRead(Duration gap, Duration patience) throws IOException, InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        Snapshot last = read();
        while (true) {
            Thread.sleep(gap.toMillis());
            Snapshot now = read();
            if (Arrays.equals(now.content(), last.content()) && (now.settled() || System.nanoTime() > end)) {
                return now;
            }
            last = now;
        }
    }

    /**
     * Applies {@code change} to a copy of {@code read} and puts the copy in the file's place in one rename, if
     * the file still holds what was read.
     *
     * @return false if the file changed since it was read (nothing was written; read again and retry)
     */
    boolean replace(Snapshot read, Consumer<BackingEngine> change) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path copy = Files.createTempFile(dir, "." + file.getFileName() + ".", ".zks-new");
        try {
            Files.write(copy, read.content());
            try {
                Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(file));
            } catch (UnsupportedOperationException | NoSuchFileException e) {
                // no POSIX permissions on this file system, or no file yet: the copy keeps the default ones
            }
            BackingEngine engine = engines.apply(copy);
            if (engine == null) {
                throw new IOException("The user store cannot open " + copy);
            }
            change.accept(engine);
            if (!Arrays.equals(contentOf(file), read.content())) {
                return false;
            }
            try {
                Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private Snapshot read() throws IOException {
        byte[] content = contentOf(file);
        Properties entries = new Properties();
        entries.load(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.ISO_8859_1));
        Set<String> users = new TreeSet<>();
        boolean settled = true;
        for (String name : entries.stringPropertyNames()) {
            if (name.startsWith(BackingEngine.GROUP_PREFIX)) { // a group, not a user
                continue;
            }
            users.add(name);
            String password = entries.getProperty(name).split(",", 2)[0]; // as Karaf splits it, untrimmed
            if (encrypting && !isEncrypted(password)) {
                settled = false;
            }
        }
        return new Snapshot(content, users, settled);
    }

    /** As Karaf tells: then its encrypting thread leaves the password alone. */
    private boolean isEncrypted(String password) {
        return password.startsWith(encryptedPrefix) && password.endsWith(encryptedSuffix);
    }

    private static byte[] contentOf(Path path) throws IOException {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }
}
