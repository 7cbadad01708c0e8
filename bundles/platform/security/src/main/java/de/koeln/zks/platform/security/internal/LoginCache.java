package de.koeln.zks.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import de.koeln.zks.platform.api.Caller;

/**
 * Remembers successful logins for a few seconds. Keys are an HMAC of user and password under a key
 * made at start, so neither the password nor an unsalted hash of it is kept in memory. After half its
 * time an entry asks to be checked again ({@link Hit#stale()}), so that a busy client is re-checked in
 * the background instead of all its requests waiting for a password hash when the entry expires.
 */
final class LoginCache {

    /** A remembered login; {@code stale} once half of its time has passed. */
    record Hit(Caller caller, boolean stale) {
    }

    private record Entry(Caller caller, Instant refreshAfter, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final int maxSize;
    /** One initialised MAC per thread: looking up the provider for each request showed in the profile. */
    private final ThreadLocal<Mac> macs;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    LoginCache(Clock clock, long ttlSeconds, int maxSize) {
        this.clock = clock;
        this.ttl = Duration.ofSeconds(Math.max(0, ttlSeconds));
        this.maxSize = Math.max(1, maxSize);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        SecretKeySpec secret = new SecretKeySpec(bytes, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(secret));
    }

    boolean enabled() {
        return !ttl.isZero();
    }

    Optional<Hit> lookup(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(e.expires)) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(new Hit(e.caller, !now.isBefore(e.refreshAfter)));
    }

    void remember(String key, Caller caller) {
        if (!enabled()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= maxSize) {
            entries.values().removeIf(e -> !now.isBefore(e.expires));
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(caller, now.plus(ttl.dividedBy(2)), now.plus(ttl)));
    }

    void forget(String key) {
        entries.remove(key);
    }

    /** Forgets every remembered login (the realm changed). */
    void clear() {
        entries.clear();
    }

    String keyOf(String user, String password) {
        Mac mac = macs.get();
        mac.update(user.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        // doFinal resets the MAC for the next key
        return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac newMac(SecretKeySpec secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
