package de.koeln.zks.platform.api;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person on whose behalf a service acts, as REST and the console pass it down.
 * Services decide with it what the caller may see and record it in the audit trail.
 */
public final class Caller {
    /** The caller for work the platform does by itself (scheduled jobs). */
    public static final Caller SYSTEM = new Caller("system", Set.of(Roles.ADMIN, Roles.SECURITY_MANAGER));

    private final String name;
    private final Set<String> roles;

    public Caller(String name, Collection<String> roles) {
        this.name = Objects.requireNonNull(name, "name");
        this.roles = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(roles));
    }

    public String name() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Caller other && name.equals(other.name) && roles.equals(other.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, roles);
    }

    @Override
    public String toString() {
        return name + roles;
    }
}
