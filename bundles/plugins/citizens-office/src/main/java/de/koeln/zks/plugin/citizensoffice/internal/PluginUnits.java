package de.koeln.zks.plugin.citizensoffice.internal;

import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;

import de.koeln.zks.platform.spi.PluginHeaders;

/** The units the plugin applies to, as its manifest declares them ({@code ZKS-Plugin-Units}, set in the pom). */
final class PluginUnits {

    private PluginUnits() {
    }

    /** Empty: every unit. */
    static List<String> of(Bundle bundle) {
        return parse(bundle.getHeaders("").get(PluginHeaders.UNITS));
    }

    static List<String> parse(String header) {
        if (header == null) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(String::strip).filter(u -> !u.isEmpty()).distinct().toList();
    }
}
