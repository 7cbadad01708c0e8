package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** A filter over incidents; empty sets and null fields match everything. */
public class IncidentQuery {
    /** Occurred at or after this time. */
    public OffsetDateTime from;
    /** Occurred before this time (exclusive). */
    public OffsetDateTime to;
    public Set<String> units = new LinkedHashSet<>();
    public Set<IncidentKind> kinds = new LinkedHashSet<>();
    public Set<Integer> levels = new LinkedHashSet<>();
    public Set<IncidentStatus> statuses = new LinkedHashSet<>();
    /** Only reports of this user (employees always see only their own). */
    public String reportedBy;
    /**
     * Only incidents in this building ({@link Location#building}), compared ignoring case and surrounding white
     * space ({@code " laurenzplatz 4"} matches {@code "Laurenzplatz 4"}); null or blank matches every incident.
     *
     * @since 1.3
     */
    public String building;
}
