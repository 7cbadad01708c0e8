package de.koeln.zks.platform.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a plugin: extra fields for a module's records, for the units the plugin applies to
 * ({@link PluginHeaders#UNITS}). The platform validates submitted values against them, the module stores and returns
 * them, and the OpenAPI document shows them. Records keep their values when the plugin is removed.
 */
@ConsumerType
public interface ExtraFieldProvider {

    /** The module whose records get the fields, e.g. {@code incidents}. */
    String module();

    List<ExtraField> fields();
}
