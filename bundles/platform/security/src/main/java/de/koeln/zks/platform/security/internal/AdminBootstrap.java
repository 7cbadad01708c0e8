package de.koeln.zks.platform.security.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
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
 * the user, its role and its group are three writes of the user file, and a login between them made the realm
 * rewrite the half-written file (seen once: the admin without its group, and a stray user {@code _g_}).
 * <p>
 * Karaf encrypts passwords written by hand into etc/users.properties by itself, on a thread of its own, and writes
 * the whole file back as it read it: when that happens just after the admin was added, the admin is gone (seen on
 * a first start with hand-added users). So for {@value #WATCH_SECONDS} seconds after creating the admin, the file
 * is checked every second and the admin created again if it was lost.
 */
@Component(immediate = true, service = AdminBootstrap.class)
public class AdminBootstrap {
    static final String PASSWORD_VARIABLE = "ZKS_ADMIN_PASSWORD";
    static final String ADMIN = "admin";
    static final String ADMIN_GROUP = "admingroup";
    static final int WATCH_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Activate
    public AdminBootstrap(
            @Reference(target = "(name=spring-security-crypto)") EncryptionService encryption,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
                List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
                List<BackingEngineFactory> factories) {
        this(realms, factories, System::getenv);
    }

    private volatile Thread watch;

    AdminBootstrap(List<JaasRealm> realms, List<BackingEngineFactory> factories, Function<String, String> env) {
        BackingEngine engine = engineOf(realms, factories);
        if (engine == null) {
            LOG.error("The realm 'karaf' has no user store this platform can manage; no administrator was created");
            return;
        }
        String password = env.apply(PASSWORD_VARIABLE);
        if (ensureAdmin(engine, password)) {
            watch = new Thread(() -> watch(() -> engineOf(realms, factories), password, 1000), "zks-admin-watch");
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

    /** Checks a fresh view of the user file every {@code periodMillis} for a while; creates the admin again if lost. */
    static void watch(Supplier<BackingEngine> engines, String password, long periodMillis) {
        long end = System.nanoTime() + WATCH_SECONDS * 1_000_000_000L;
        try {
            while (System.nanoTime() < end) {
                Thread.sleep(periodMillis);
                if (ensureAdmin(engines.get(), password)) {
                    LOG.warn("The user file was written back without the admin (Karaf encrypting hand-added passwords "
                        + "at the same time); the admin was created again");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return whether the admin was created now */
    static boolean ensureAdmin(BackingEngine engine, String password) {
        boolean exists = engine.listUsers().stream().anyMatch(u -> ADMIN.equals(u.getName()));
        if (exists) {
            return false;
        }
        if (password == null || password.isBlank()) {
            LOG.error("No administrator exists and {} is not set: nobody can log in. Set it and restart "
                + "(the first start creates the user '{}').", PASSWORD_VARIABLE, ADMIN);
            return false;
        }
        engine.addUser(ADMIN, password);
        engine.addRole(ADMIN, Roles.ADMIN);
        engine.addGroup(ADMIN, ADMIN_GROUP);
        LOG.info("Created the user '{}' (roles {}, group {}) from {}", ADMIN, Roles.ADMIN, ADMIN_GROUP, PASSWORD_VARIABLE);
        return true;
    }

    private static BackingEngine engineOf(List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        for (JaasRealm realm : realms) {
            if (!"karaf".equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Map<String, ?> options = entry.getOptions();
                Object module = options.get(ProxyLoginModule.PROPERTY_MODULE);
                if (module == null || !String.valueOf(module).endsWith("PropertiesLoginModule")) {
                    continue;
                }
                for (BackingEngineFactory factory : factories) {
                    if (factory.getModuleClass().equals(module)) {
                        return factory.build(options);
                    }
                }
            }
        }
        return null;
    }
}
