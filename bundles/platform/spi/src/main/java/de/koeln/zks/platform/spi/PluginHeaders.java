package de.koeln.zks.platform.spi;

/**
 * Manifest headers by which a bundle declares itself a plugin. The version is the bundle's version. The platform
 * lists a bundle with {@link #NAME} as a plugin even when it fails to resolve or to start.
 */
public final class PluginHeaders {
    /** The plugin's name: lower case letters, digits and hyphens, e.g. {@code buergeramt-counters}; required. */
    public static final String NAME = "ZKS-Plugin";
    /** The department that owns it, e.g. {@code Bürgeramt}. */
    public static final String DEPARTMENT = "ZKS-Plugin-Department";
    /** The organisational units it applies to, comma-separated; absent or empty: every unit. */
    public static final String UNITS = "ZKS-Plugin-Units";

    private PluginHeaders() {
    }
}
