package de.koeln.zks.platform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.koeln.zks.platform.api.problem.ValidationException;

/** A {@code sort} parameter such as {@code -occurredAt,level}, checked against the sortable fields. */
public record Sorting(List<Key> keys) {

    public record Key(String field, boolean descending) {
    }

    public static Sorting parse(String param, Set<String> allowed, String defaultSort) {
        String value = param == null || param.isBlank() ? defaultSort : param;
        List<Key> keys = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean desc = p.startsWith("-");
            String field = desc || p.startsWith("+") ? p.substring(1) : p;
            if (!allowed.contains(field)) {
                throw new ValidationException("sort", "cannot sort by '" + field + "'; sortable are " + allowed);
            }
            keys.add(new Key(field, desc));
        }
        return new Sorting(List.copyOf(keys));
    }
}
