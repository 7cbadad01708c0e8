package de.koeln.zks.platform.security.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.api.Roles;

/**
 * The first start: creates the user {@code admin} (role admin, Karaf's admingroup for ssh and
 * bin/client) from the environment variable {@value #PASSWORD_VARIABLE} when the realm has no
 * such user. It waits for the salted-hash encryption service so that the password is never written
 * in plain text. {@code bin/setenv} already refuses a first start without the variable.
 * <p>
 * It is a service so that the API's authenticator starts only after it ({@link JaasAuthenticator} references it):
 * no login is checked against a user file that is still being completed.
 * <p>
 * Karaf encrypts passwords written by hand into etc/users.properties by itself, on a thread of its own, and
 * writes the whole file back. The admin is therefore added through {@link UserFile}: to a settled file, in a copy
 * that replaces it in one rename (how three plain writes went wrong is told there). For {@value #WATCH_SECONDS}
 * seconds after creating the admin, the file is still checked every second and the admin created again if it was
 * lost, in case an operator's tool wrote back an older read of the file meanwhile.
 */
@Component(immediate = true, service = AdminBootstrap.class)
public class AdminBootstrap {
    static final String PASSWORD_VARIABLE = "ZKS_ADMIN_PASSWORD";
    static final String ADMIN = "admin";
    static final String ADMIN_GROUP = "admingroup";
    static final int WATCH_SECONDS = 30;
    /** The option of Karaf's properties login module that names its user file. */
    static final String USERS_OPTION = "users";
    /** Two reads of the user file this far apart must agree. */
    static final Duration SETTLE_GAP = Duration.ofMillis(200);
    /** How long to wait for Karaf to encrypt hand-written passwords before adding the admin anyway. */
    static final Duration SETTLE_PATIENCE = Duration.ofSeconds(20);
    private static final int ATTEMPTS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Activate
    public AdminBootstrap(
            @Reference(target = "(name=spring-security-crypto)") EncryptionService encryption,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
                List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
                List<BackingEngineFactory> factories) {
        this(userFileOf(realms, factories), System::getenv);
    }

    private volatile Thread watch;

    AdminBootstrap(UserFile users, Function<String, String> env) {
        if (users == null) {
            LOG.error("The realm 'karaf' has no user file this platform can manage; no administrator was created");
            return;
        }
        String password = env.apply(PASSWORD_VARIABLE);
        if (ensureAdmin(users, password, SETTLE_GAP, SETTLE_PATIENCE)) {
            watch = new Thread(() -> watch(users, password, 1000), "zks-admin-watch");
            watch.setDaemon(true);
            watch.start();
        }
    }

    @Deactivate
    void deactivate() {
        Thread running = watch;
        if (running != null) {
            running.interrupt();
        }
    }

    /** Checks the user file every {@code periodMillis} for a while; creates the admin again if lost. */
    static void watch(UserFile users, String password, long periodMillis) {
        long end = System.nanoTime() + WATCH_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (ensureAdmin(users, password, SETTLE_GAP, SETTLE_PATIENCE)) {
                LOG.warn("The user file was written back without the admin (another writer of {} at the same "
                    + "time); the admin was created again", users.path());
            }
        }
    }

    /** @return whether the admin was created now */
    static boolean ensureAdmin(UserFile users, String password, Duration gap, Duration patience) {
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                UserFile.Snapshot read = users.settledRead(gap, patience);
                if (read.users().contains(ADMIN)) {
                    return false;
                }
                if (password == null || password.isBlank()) {
                    LOG.error("No administrator exists and {} is not set: nobody can log in. Set it and restart "
                        + "(the first start creates the user '{}').", PASSWORD_VARIABLE, ADMIN);
                    return false;
                }
                if (!read.settled()) {
                    LOG.warn("{} still holds passwords that are not encrypted after {} s; the admin is added anyway",
                        users.path(), patience.toSeconds());
                }
                boolean written = users.replace(read, engine -> {
                    engine.addUser(ADMIN, password);
                    engine.addRole(ADMIN, Roles.ADMIN);
                    engine.addGroup(ADMIN, ADMIN_GROUP);
                });
                if (written) {
                    LOG.info("Created the user '{}' (roles {}, group {}) from {}", ADMIN, Roles.ADMIN, ADMIN_GROUP,
                        PASSWORD_VARIABLE);
                    return true;
                }
            }
            LOG.error("{} kept changing while the admin was added ({} attempts); no administrator was created",
                users.path(), ATTEMPTS);
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not add the administrator to {}", users.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The user file of the properties module of realm {@code karaf}, with Karaf's store for its format. */
    private static UserFile userFileOf(List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        for (JaasRealm realm : realms) {
            if (!"karaf".equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Map<String, ?> options = entry.getOptions();
                Object module = options.get(ProxyLoginModule.PROPERTY_MODULE);
                Object file = options.get(USERS_OPTION);
                if (module == null || file == null || !String.valueOf(module).endsWith("PropertiesLoginModule")) {
                    continue;
                }
                for (BackingEngineFactory factory : factories) {
                    if (factory.getModuleClass().equals(module)) {
                        return new UserFile(Path.of(file.toString()),
                            Boolean.parseBoolean(String.valueOf(options.get("encryption.enabled"))),
                            stringOrNull(options.get("encryption.prefix")), stringOrNull(options.get("encryption.suffix")),
                            copy -> {
                                Map<String, Object> onCopy = new HashMap<>(options);
                                onCopy.put(USERS_OPTION, copy.toString());
                                return factory.build(onCopy);
                            });
                    }
                }
            }
        }
        return null;
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
