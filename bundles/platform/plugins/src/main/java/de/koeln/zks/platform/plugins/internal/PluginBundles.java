package de.koeln.zks.platform.plugins.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

import de.koeln.zks.platform.spi.PluginHeaders;

/** Reads a plugin's declaration from its bundle's manifest. */
final class PluginBundles {
    /** What a plugin name may look like (it is a path segment under /api/plugins and a console scope). */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private PluginBundles() {
    }

    static boolean isPlugin(Bundle bundle) {
        return bundle != null && header(bundle, PluginHeaders.NAME) != null;
    }

    /** The plugin's name, or the bundle's symbolic name for a bundle that is no plugin (e.g. a module's listener). */
    static String name(Bundle bundle) {
        if (bundle == null) {
            return "unknown";
        }
        String name = header(bundle, PluginHeaders.NAME);
        return name != null ? name : bundle.getSymbolicName();
    }

    static String department(Bundle bundle) {
        return header(bundle, PluginHeaders.DEPARTMENT);
    }

    /** Empty: every unit. */
    static List<String> units(Bundle bundle) {
        String units = bundle == null ? null : header(bundle, PluginHeaders.UNITS);
        if (units == null) {
            return List.of();
        }
        return Arrays.stream(units.split(",")).map(String::strip).filter(u -> !u.isEmpty()).distinct().toList();
    }

    private static String header(Bundle bundle, String name) {
        String value = bundle.getHeaders("").get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
