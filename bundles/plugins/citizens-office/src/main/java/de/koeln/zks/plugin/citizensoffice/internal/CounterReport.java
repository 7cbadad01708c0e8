package de.koeln.zks.plugin.citizensoffice.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/plugins/citizens-office/counters}: incidents per counter, most first within each unit. */
public class CounterReport {
    /** The units counted (those of the plugin the caller may see, or the one asked for). */
    public List<String> units = new ArrayList<>();
    /** Only incidents that occurred at or after this time; null: all. */
    public OffsetDateTime from;
    /** False while the counts are still being rebuilt from the stored reports after a start. */
    public boolean complete;
    public long incidents;
    public List<CounterCount> counters = new ArrayList<>();
}
