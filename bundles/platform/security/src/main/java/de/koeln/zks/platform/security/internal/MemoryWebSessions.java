package de.koeln.zks.platform.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.security.WebSessions;

/**
 * Web page sessions in memory: 256 random bits per token, idle and longest time from the security
 * configuration, a limit on how many are open (the oldest gives way). Expired sessions are dropped when they are
 * next asked for and whenever a session is opened.
 */
@Component(service = WebSessions.class, configurationPid = "de.koeln.zks.platform.security")
public class MemoryWebSessions implements WebSessions {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryWebSessions.class);

    private record Session(Caller caller, Instant opened, Instant endsAt, Instant lastUsed) {
        Session touched(Instant now) {
            return new Session(caller, opened, endsAt, now);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Duration idle;
    private volatile Duration longest;
    private volatile int limit;

    @Activate
    public MemoryWebSessions(SecurityConfig config) {
        this(config, Clock.systemUTC());
    }

    MemoryWebSessions(SecurityConfig config, Clock clock) {
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(SecurityConfig config) {
        this.idle = Duration.ofMinutes(Math.max(1, config.sessionIdleMinutes()));
        this.longest = Duration.ofHours(Math.max(1, config.sessionMaxHours()));
        this.limit = Math.max(1, config.sessionLimit());
    }

    @Override
    public Opened open(Caller caller) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !valid(s, now));
        while (sessions.size() >= limit) {
            sessions.entrySet().stream().min(Comparator.comparing(e -> e.getValue().lastUsed()))
                .ifPresent(oldest -> {
                    sessions.remove(oldest.getKey());
                    LOG.warn("Session limit {} reached: the least recently used session (user '{}') ended", limit,
                        LogSafe.text(oldest.getValue().caller().name()));
                });
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(caller, now, now.plus(longest), now);
        sessions.put(token, session);
        return new Opened(token, now.plus(idle), session.endsAt());
    }

    @Override
    public Optional<Caller> resume(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        if (!valid(session, now)) {
            sessions.remove(token, session);
            return Optional.empty();
        }
        sessions.replace(token, session, session.touched(now));
        return Optional.of(session.caller());
    }

    private boolean valid(Session session, Instant now) {
        return now.isBefore(session.endsAt()) && now.isBefore(session.lastUsed().plus(idle));
    }

    @Override
    public void close(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    @Override
    public int closeAll(String user) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.caller().name().equals(user));
        return before - sessions.size();
    }

    @Override
    public int count() {
        Instant now = clock.instant();
        return (int) sessions.values().stream().filter(s -> valid(s, now)).count();
    }
}
