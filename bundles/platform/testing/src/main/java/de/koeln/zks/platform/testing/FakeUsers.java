package de.koeln.zks.platform.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.UserDirectory;
import de.koeln.zks.platform.api.UserProfile;

/** A user directory in memory. */
public final class FakeUsers implements UserDirectory {
    private final Map<String, UserProfile> profiles = new ConcurrentHashMap<>();

    public FakeUsers with(String name, String... units) {
        UserProfile p = new UserProfile();
        p.name = name;
        p.units = List.of(units);
        p.version = 1L;
        profiles.put(name, p);
        return this;
    }

    @Override
    public Optional<UserProfile> find(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    @Override
    public UserProfile put(Caller caller, String name, UserProfile profile, Long expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean delete(Caller caller, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<UserProfile> list(Caller caller, String unit, int offset, int limit) {
        List<UserProfile> all = profiles.values().stream()
            .filter(p -> unit == null || p.units.contains(unit))
            .sorted(Comparator.comparing((UserProfile p) -> p.name)).toList();
        List<UserProfile> items = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        return new Page<>(items, offset, limit, all.size());
    }
}
