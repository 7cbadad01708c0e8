package de.koeln.zks.alarm.internal.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.koeln.zks.alarm.api.GroupKind;
import de.koeln.zks.alarm.api.ResponderGroup;

/** An immutable picture of the responder groups: kinds and members, asked on every delivery and access check. */
public final class Groups {
    public static final Groups EMPTY = new Groups(List.of());

    private final Map<String, ResponderGroup> byName;

    public Groups(Collection<ResponderGroup> groups) {
        this.byName = groups.stream().collect(Collectors.toUnmodifiableMap(g -> g.name, g -> g));
    }

    public boolean exists(String name) {
        return byName.containsKey(name);
    }

    public GroupKind kind(String name) {
        ResponderGroup g = byName.get(name);
        return g == null || g.kind == null ? GroupKind.NEARBY : g.kind;
    }

    /** The central desks, by name. */
    public Set<String> centralDesks() {
        return byName.values().stream().filter(g -> g.kind == GroupKind.CENTRAL_DESK).map(g -> g.name)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Whether {@code user} is a member of any of {@code groups}. */
    public boolean isMemberOfAny(String user, Collection<String> groups) {
        for (String name : groups) {
            ResponderGroup g = byName.get(name);
            if (g != null && g.members.contains(user)) {
                return true;
            }
        }
        return false;
    }

    /** The members of {@code groups}. */
    public Set<String> members(Collection<String> groups) {
        Set<String> users = new LinkedHashSet<>();
        for (String name : groups) {
            ResponderGroup g = byName.get(name);
            if (g != null) {
                users.addAll(g.members);
            }
        }
        return users;
    }

    /** The groups {@code user} belongs to. */
    public Set<String> of(String user) {
        return byName.values().stream().filter(g -> g.members.contains(user)).map(g -> g.name)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
