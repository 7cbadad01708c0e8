package de.koeln.zks.platform.spi;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A plugin as {@code GET /api/platform/plugins} and {@code platform:plugins} list it. */
public class PluginInfo {
    public String name;
    public String version;
    public String department;
    /** Empty: every unit. */
    public List<String> units = new ArrayList<>();
    public long bundleId;
    public String symbolicName;
    /** The OSGi state of its bundle: INSTALLED, RESOLVED, STARTING, ACTIVE, STOPPING. */
    public String bundleState;
    public PluginState state;
    /** Why it failed, newest first (at most ten). */
    public List<String> problems = new ArrayList<>();
    public OffsetDateTime lastProblemAt;
    public int extraFields;
    public int listeners;
    /** Events its listeners handled, failed on, and that were dropped because a listener fell too far behind. */
    public long eventsHandled;
    public long eventsFailed;
    public long eventsDropped;
}
