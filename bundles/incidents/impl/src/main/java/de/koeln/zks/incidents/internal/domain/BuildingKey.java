package de.koeln.zks.incidents.internal.domain;

import java.util.Locale;

/**
 * A building name as the building filter compares it: without surrounding white space, in lower case, at most
 * {@link #MAX_LENGTH} characters. Stored beside each incident ({@code LOC_BUILDING_KEY}, indexed) so that the
 * comparison is an equality the database answers from an index.
 */
public final class BuildingKey {
    public static final int MAX_LENGTH = IncidentValidation.MAX_BUILDING;

    private BuildingKey() {
    }

    /** Null for no building (null or blank). */
    public static String of(String building) {
        if (building == null || building.isBlank()) {
            return null;
        }
        String key = building.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }
}
