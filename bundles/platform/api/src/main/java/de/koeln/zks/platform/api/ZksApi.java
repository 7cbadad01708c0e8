package de.koeln.zks.platform.api;

/**
 * How a module joins the REST API: its JAX-RS application carries {@link #APPLICATION_PROPERTY}
 * {@code =true}, so the platform's extension (JSON, problems, authentication) selects it, and it
 * requires that extension through {@link #REQUIRED_EXTENSION} so that it is never served without it.
 */
public final class ZksApi {
    /** Service property that marks a ZKS JAX-RS application. */
    public static final String APPLICATION_PROPERTY = "zks.api";
    /** Application select filter of every platform extension. */
    public static final String APPLICATION_SELECT = "(" + APPLICATION_PROPERTY + "=true)";
    /** Service property with the module name of a ZKS application (e.g. {@code incidents}). */
    public static final String MODULE_PROPERTY = "zks.module";

    /** Name of the platform's extension (JSON, problem+json errors, limits, authentication, roles). */
    public static final String EXTENSION = "zks.platform";
    /** Extension select filter an application names so it is never served without the platform's extension. */
    public static final String REQUIRED_EXTENSION = "(osgi.jaxrs.name=" + EXTENSION + ")";

    /** Media type of every error answer (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private ZksApi() {
    }
}
