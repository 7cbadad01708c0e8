package de.koeln.zks.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import de.koeln.zks.platform.api.Caller;

/**
 * Remembers successful logins for a few seconds. Keys are an HMAC of user and password under a key
 * made at start, so neither the password nor an unsalted hash of it is kept in memory.
 */
final class LoginCache {
    private record Entry(Caller caller, Instant expires) {
    }

    private final Clock clock;
    private final long ttlSeconds;
    private final int maxSize;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    LoginCache(Clock clock, long ttlSeconds, int maxSize) {
        this.clock = clock;
        this.ttlSeconds = Math.max(0, ttlSeconds);
        this.maxSize = Math.max(1, maxSize);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Optional<Caller> lookup(String user, String password) {
        if (ttlSeconds == 0) {
            return Optional.empty();
        }
        String k = keyOf(user, password);
        Entry e = entries.get(k);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires)) {
            entries.remove(k, e);
            return Optional.empty();
        }
        return Optional.of(e.caller);
    }

    void remember(String user, String password, Caller caller) {
        if (ttlSeconds == 0) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxSize) {
            entries.values().removeIf(e -> !now.isBefore(e.expires));
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(keyOf(user, password), new Entry(caller, now.plusSeconds(ttlSeconds)));
    }

    private String keyOf(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
