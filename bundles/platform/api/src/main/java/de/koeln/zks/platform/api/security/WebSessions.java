package de.koeln.zks.platform.api.security;

import java.time.Instant;
import java.util.Optional;

import de.koeln.zks.platform.api.Caller;

/**
 * Sessions of the web page: after one login with user name and password the browser holds an opaque token (an
 * HttpOnly cookie), never the password. A session ends at logout, after a configured idle time and after a
 * configured longest time, whichever comes first. Sessions live in the memory of the node: a restart ends them.
 */
public interface WebSessions {

    /** A session just opened: the token to hand to the browser and when it ends at the latest if unused. */
    record Opened(String token, Instant idleUntil, Instant endsAt) {
    }

    /** Opens a session for a caller who has just proved who they are. */
    Opened open(Caller caller);

    /** The caller of a session that is still valid; using it keeps it alive for another idle period. */
    Optional<Caller> resume(String token);

    /** Ends a session (logout); an unknown token is ignored. */
    void close(String token);

    /** Ends every session of a user (their password or roles changed, they left); returns how many ended. */
    int closeAll(String user);

    /** How many sessions are open right now, for operators. */
    int count();
}
