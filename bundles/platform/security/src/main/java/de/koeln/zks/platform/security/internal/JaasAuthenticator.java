package de.koeln.zks.platform.security.internal;

import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.security.Authenticator;

/**
 * Authenticates against a JAAS realm ({@code karaf} by default: etc/users.properties; an LDAP or
 * Active Directory realm by configuration). A successful login is remembered for a short time so that
 * an API client does not pay a password hash on every request; role and password changes reach the API
 * within that time (at once for the console). A remembered login is re-checked in the background after
 * half of that time, and concurrent first requests with the same credentials share one check.
 *
 * <p>Where the realm's answers come from user files only (Karaf's properties realm), the files are watched
 * instead ({@link RealmWatch}): a change forgets every remembered login within a second, and while they are
 * unchanged a remembered login is renewed without a password hash (PBKDF2 takes a core for a good part of a
 * second, and a re-check every 15 s per client showed in every latency measurement).
 */
@Component(service = Authenticator.class, configurationPid = "de.koeln.zks.platform.security")
@Designate(ocd = SecurityConfig.class)
public class JaasAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private volatile String realm;
    private volatile LoginCache cache;
    /** The realm's user files (watch null when its answers do not come from files only), for these realms. */
    private record Watched(List<JaasRealm> realms, String realm, RealmWatch watch) {
    }

    private volatile Watched watched;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<JaasRealm> realms;
    private final ConcurrentHashMap<String, CompletableFuture<Optional<Caller>>> pending = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    /** The generation of the realm's files the cache's entries belong to. */
    private volatile long seenGeneration;
    /** Re-checks remembered logins in the background, one at a time. */
    private final ExecutorService recheck = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zks-login-recheck");
        t.setDaemon(true);
        return t;
    });

    /** @param firstStart only for the order: no login is checked before the first administrator is complete */
    @Activate
    public JaasAuthenticator(SecurityConfig config, @Reference AdminBootstrap firstStart) {
        modified(config);
    }

    @Deactivate
    void deactivate() {
        recheck.shutdownNow();
    }

    @Modified
    void modified(SecurityConfig config) {
        this.realm = config.realm();
        this.cache = new LoginCache(Clock.systemUTC(), config.loginCacheSeconds(), config.loginCacheSize());
        this.watched = null; // found again with the realm's name at the next login
    }

    /** The watch of the current realm's files, made when first needed or after the realms changed. */
    private RealmWatch watch() {
        Watched w = watched;
        if (w != null && w.realms() == realms && w.realm().equals(realm)) {
            return w.watch();
        }
        return newWatch();
    }

    /** One thread at a time, so that the first burst of logins makes (and logs) one watch, not one each. */
    private synchronized RealmWatch newWatch() {
        List<JaasRealm> now = realms;
        String name = realm;
        Watched w = watched;
        if (w != null && w.realms() == now && w.realm().equals(name)) {
            return w.watch();
        }
        List<Path> files = RealmWatch.filesOf(now, name).orElse(null);
        RealmWatch made = null;
        if (files != null) {
            made = w != null && w.watch() != null && w.watch().files().equals(files) ? w.watch()
                : new RealmWatch(Clock.systemUTC(), files);
            if (made != (w == null ? null : w.watch())) {
                LOG.info("Logins of realm '{}' are remembered until {} changes", name, files);
            }
        }
        watched = new Watched(now, name, made);
        return made;
    }

    @Override
    public Optional<Caller> authenticate(String user, String password, String source) {
        if (user == null || user.isEmpty() || password == null || user.length() > 256 || password.length() > 1024) {
            logFailure(user, source, "malformed credentials");
            return Optional.empty();
        }
        LoginCache current = cache;
        if (!current.enabled()) {
            return login(user, password, source);
        }
        RealmWatch files = watch();
        long generation = 0;
        if (files != null) {
            generation = files.check();
            if (generation != seenGeneration) {
                seenGeneration = generation;
                current.clear();
            }
        }
        String key = current.keyOf(user, password);
        Optional<LoginCache.Hit> hit = current.lookup(key);
        if (hit.isPresent()) {
            if (hit.get().stale() && files != null) {
                current.remember(key, hit.get().caller()); // the files are unchanged: so is the realm's answer
            } else if (hit.get().stale() && refreshing.add(key)) {
                recheck.execute(() -> {
                    try {
                        remember(current, key, login(user, password, source));
                    } finally {
                        refreshing.remove(key);
                    }
                });
            }
            return Optional.of(hit.get().caller());
        }
        // one password check per credentials at a time; concurrent requests with them wait for its answer
        CompletableFuture<Optional<Caller>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Caller>> running = pending.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Optional<Caller> result = login(user, password, source);
            if (files == null || files.generation() == generation) { // not if the files changed meanwhile
                remember(current, key, result);
            }
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            pending.remove(key, mine);
        }
    }

    private static void remember(LoginCache cache, String key, Optional<Caller> result) {
        if (result.isPresent()) {
            cache.remember(key, result.get());
        } else {
            cache.forget(key);
        }
    }

    private Optional<Caller> login(String user, String password, String source) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new ClientPrincipal("http", source));
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password));
            login.login();
        } catch (LoginException e) {
            logFailure(user, source, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Caller(user, roles(subject)));
    }

    private static Set<String> roles(Subject subject) {
        Set<String> roles = new TreeSet<>();
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(p.getName());
        }
        return roles;
    }

    private static void answer(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback pw) {
                pw.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    /** User, source and reason of a failed login; never the password. Time comes from the log line. */
    private static void logFailure(String user, String source, String reason) {
        LOG.warn("Failed login: user '{}' from {} ({})", LogSafe.text(user), LogSafe.text(source), LogSafe.text(reason));
    }
}
