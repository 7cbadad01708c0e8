package de.koeln.zks.platform.api.security;

import java.util.Optional;

import de.koeln.zks.platform.api.Caller;

/** Checks a user name and password against the realm and tells who the caller is. */
public interface Authenticator {

    /**
     * @param source where the attempt came from (remote address, "console"), for the failure log
     * @return the caller with the roles the realm grants, or empty when the login failed
     */
    Optional<Caller> authenticate(String user, String password, String source);
}
