package de.koeln.zks.platform.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The platform's directory of people: modules ask it for a person's units and workstation, never
 * the realm or each other.
 */
public interface UserDirectory {

    Optional<UserProfile> find(String name);

    /**
     * The units of {@code name}'s profile; empty for someone without a profile or units.
     *
     * @since 1.1
     */
    default List<String> unitsOf(String name) {
        return find(name).filter(p -> p.units != null)
            .map(p -> Collections.unmodifiableList(new ArrayList<>(p.units))).orElse(List.of());
    }

    /** Creates or replaces the profile of {@code name}; {@code expectedVersion} null means "any". */
    UserProfile put(Caller caller, String name, UserProfile profile, Long expectedVersion);

    boolean delete(Caller caller, String name);

    /** The directory, optionally of one unit; only for callers with the role admin (403 otherwise). */
    Page<UserProfile> list(Caller caller, String unit, int offset, int limit);
}
