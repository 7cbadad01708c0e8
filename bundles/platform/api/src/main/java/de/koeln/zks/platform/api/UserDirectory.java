package de.koeln.zks.platform.api;

import java.util.Optional;

/**
 * The platform's directory of people: modules ask it for a person's units and workstation, never
 * the realm or each other.
 */
public interface UserDirectory {

    Optional<UserProfile> find(String name);

    /** Creates or replaces the profile of {@code name}; {@code expectedVersion} null means "any". */
    UserProfile put(Caller caller, String name, UserProfile profile, Long expectedVersion);

    boolean delete(Caller caller, String name);

    /** The directory, optionally of one unit; only for callers with the role admin (403 otherwise). */
    Page<UserProfile> list(Caller caller, String unit, int offset, int limit);
}
