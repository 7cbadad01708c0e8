package de.koeln.zks.plugin.template.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.platform.spi.PlatformEventListener;
import de.koeln.zks.platform.spi.PluginHeaders;

/**
 * Called by the platform for the incidents' events, on a thread of its own, after the change is stored. Events carry
 * ids, unit, kind, level and status, no personal data: read the record through the module's API service when you need
 * more (see the citizens-office plugin). A listener that throws or blocks marks the plugin FAILED.
 */
@Component(service = {PlatformEventListener.class, TemplateListener.class})
public class TemplateListener implements PlatformEventListener {
    private final List<String> units;
    private final AtomicLong reports = new AtomicLong();

    @Activate
    public TemplateListener(BundleContext context) {
        this(unitsOf(context.getBundle().getHeaders("").get(PluginHeaders.UNITS)));
    }

    TemplateListener(List<String> units) {
        this.units = List.copyOf(units);
    }

    /** The units of the header {@code ZKS-Plugin-Units}; empty: every unit. */
    static List<String> unitsOf(String header) {
        return header == null ? List.of()
            : java.util.Arrays.stream(header.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    @Override
    public Set<String> topics() {
        return Set.of(IncidentEvents.REPORTED);
    }

    @Override
    public void onEvent(String topic, Map<String, Object> properties) {
        Object unit = properties.get(IncidentEvents.UNIT);
        if (units.isEmpty() || units.contains(unit)) {
            reports.incrementAndGet();
        }
    }

    /** Reports of the plugin's units since the plugin started. */
    public long reports() {
        return reports.get();
    }

    public List<String> units() {
        return units;
    }
}
