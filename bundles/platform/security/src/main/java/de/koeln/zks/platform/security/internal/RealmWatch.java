package de.koeln.zks.platform.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;

/**
 * Tells when the user files of a realm change, for realms whose every password decision comes from such a file
 * (Karaf's properties realm: {@code etc/users.properties}, which {@code jaas:update}, the platform and an operator's
 * editor write). Then a remembered login stays right exactly as long as the files are unchanged: it need not be
 * re-checked with a password hash every few seconds, and a change (password, role, removed user) applies within
 * {@link #CHECK_EVERY} instead of after the login cache's time. Realms that ask a server (LDAP, Active Directory,
 * JDBC) have no such file; for them only time tells, and nothing is watched.
 *
 * <p>The files' modification times and sizes are compared at most once per {@link #CHECK_EVERY}, on the calling
 * thread; every observed change increments the {@link #generation()}.
 */
final class RealmWatch {
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** Login modules that take no password decision: public keys (ssh) and the audit modules. */
    private static final List<String> NO_PASSWORD_DECISION = List.of("PublickeyLoginModule", ".audit.");

    private record Stamp(Path file, Object modified, long size) {
    }

    private final Clock clock;
    private final List<Path> files;
    private List<Stamp> stamps;
    private Instant nextCheck;
    private long generation;

    RealmWatch(Clock clock, List<Path> files) {
        this.clock = clock;
        this.files = List.copyOf(files);
        this.stamps = stamps();
        this.nextCheck = clock.instant().plus(CHECK_EVERY);
    }

    /**
     * The user files of the realm {@code name} when every module of every realm of that name that decides on
     * passwords reads one ({@code users} option of the properties module); empty otherwise.
     */
    static Optional<List<Path>> filesOf(List<JaasRealm> realms, String name) {
        List<Path> files = new ArrayList<>();
        for (JaasRealm realm : realms == null ? List.<JaasRealm>of() : realms) {
            if (!Objects.equals(name, realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Map<String, ?> options = entry.getOptions();
                Object declared = options.get(ProxyLoginModule.PROPERTY_MODULE);
                String module = declared != null ? declared.toString() : entry.getLoginModuleName();
                if (NO_PASSWORD_DECISION.stream().anyMatch(module::contains)) {
                    continue;
                }
                Object users = options.get("users");
                if (!module.endsWith("PropertiesLoginModule") || users == null) {
                    return Optional.empty();
                }
                files.add(Path.of(users.toString()));
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(files));
    }

    /** Compares the files with their last seen state if {@link #CHECK_EVERY} has passed; returns the generation. */
    synchronized long check() {
        Instant now = clock.instant();
        if (now.isBefore(nextCheck)) {
            return generation;
        }
        nextCheck = now.plus(CHECK_EVERY);
        List<Stamp> current = stamps();
        if (!current.equals(stamps)) {
            stamps = current;
            generation++;
        }
        return generation;
    }

    /** How many changes were seen so far. */
    synchronized long generation() {
        return generation;
    }

    List<Path> files() {
        return files;
    }

    private List<Stamp> stamps() {
        List<Stamp> list = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                list.add(new Stamp(file, a.lastModifiedTime(), a.size()));
            } catch (IOException e) {
                list.add(new Stamp(file, null, -1)); // missing or unreadable: a state of its own
            }
        }
        return list;
    }
}
