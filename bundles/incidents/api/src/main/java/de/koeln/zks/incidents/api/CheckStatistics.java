package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

/** Counts of pre-contact checks in a period, for the security managers' figures. */
public class CheckStatistics {
    public OffsetDateTime from;
    public OffsetDateTime to;
    public long total;
    /** Checks answered with a warning. */
    public long warnings;
    /** Of those, the ones that matched only fuzzily. */
    public long fuzzy;
    /** How many different employees checked. */
    public long checkers;
    public Map<CheckPurpose, Long> byPurpose = new EnumMap<>(CheckPurpose.class);
}
