package de.koeln.zks.platform.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The plugins installed right now, also those that failed. */
@ProviderType
public interface PluginRegistry {

    /** By name. */
    List<PluginInfo> plugins();

    Optional<PluginInfo> plugin(String name);
}
