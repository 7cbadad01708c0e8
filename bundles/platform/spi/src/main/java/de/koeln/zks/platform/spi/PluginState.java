package de.koeln.zks.platform.spi;

/** How a plugin stands. */
public enum PluginState {
    /** Started, and nothing has failed. */
    ACTIVE,
    /** Installed but not started (yet), or stopped. */
    INACTIVE,
    /** Failed to resolve or start, or a listener threw or blocked; see the problems. */
    FAILED
}
