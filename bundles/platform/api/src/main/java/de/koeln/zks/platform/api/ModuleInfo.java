package de.koeln.zks.platform.api;

/** A module as {@code GET /api/platform/modules} and {@code platform:modules} list it. */
public class ModuleInfo {
    public String name;
    public String path;
    /** The bundle that serves the module's REST application. */
    public String bundle;
    public String version;
    /**
     * The version of the module's API package the serving bundle is wired to (e.g. {@code 1.3.0}): what changes when
     * the module is upgraded to a release with new functions.
     *
     * @since 1.2
     */
    public String apiVersion;
    /**
     * {@code ACTIVE} (served), {@code FAILED} (the JAX-RS whiteboard refused it, see {@link #problem}) or
     * {@code STARTING} (registered, not served yet).
     *
     * @since 1.2
     */
    public String state;
    /** @since 1.2 */
    public String problem;
}
