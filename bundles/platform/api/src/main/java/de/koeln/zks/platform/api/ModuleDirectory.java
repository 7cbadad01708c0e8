package de.koeln.zks.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The modules installed right now (each ZKS REST application with a module name), with their version and state.
 *
 * @since 1.2
 */
@ProviderType
public interface ModuleDirectory {

    /** By name. */
    List<ModuleInfo> modules();
}
