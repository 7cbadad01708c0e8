package de.koeln.zks.platform.api;

/** A module as {@code GET /api/platform/modules} lists it. */
public class ModuleInfo {
    public String name;
    public String path;
    public String bundle;
    public String version;
}
