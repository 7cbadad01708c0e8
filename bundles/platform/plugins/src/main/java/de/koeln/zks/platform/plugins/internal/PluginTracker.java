package de.koeln.zks.platform.plugins.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.spi.PluginInfo;
import de.koeln.zks.platform.spi.PluginRegistry;
import de.koeln.zks.platform.spi.PluginState;

/**
 * Every installed bundle that declares itself a plugin ({@code ZKS-Plugin}), in whatever state: a plugin that does not
 * resolve, whose start failed, whose components fail to activate, or whose listeners threw or blocked is listed as
 * {@link PluginState#FAILED} with the reasons. A plugin's record starts afresh when it is started again or updated.
 */
@Component(service = PluginRegistry.class, immediate = true)
public class PluginTracker implements PluginRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PluginTracker.class);
    private static final int ALL_STATES = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

    private final PluginHealth health;
    private final ServiceComponentRuntime scr;
    private final BundleTracker<Bundle> tracker;

    @Activate
    public PluginTracker(BundleContext context, @Reference PluginHealth health, @Reference ServiceComponentRuntime scr) {
        this.health = health;
        this.scr = scr;
        this.tracker = new BundleTracker<>(context, ALL_STATES, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                if (!PluginBundles.isPlugin(bundle)) {
                    return null;
                }
                LOG.info("Plugin {} {} (bundle {}) is installed", PluginBundles.name(bundle), bundle.getVersion(),
                    bundle.getBundleId());
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                if (event != null && (event.getType() == BundleEvent.STARTING || event.getType() == BundleEvent.UPDATED)) {
                    health.restarted(bundle.getBundleId());
                }
                if (event != null && event.getType() == BundleEvent.STARTED) {
                    LOG.info("Plugin {} {} is started", PluginBundles.name(bundle), bundle.getVersion());
                }
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                health.forget(bundle.getBundleId());
                LOG.info("Plugin {} {} (bundle {}) is removed", PluginBundles.name(bundle), bundle.getVersion(),
                    bundle.getBundleId());
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<PluginInfo> plugins() {
        Bundle[] bundles = tracker.getBundles();
        List<PluginInfo> out = new ArrayList<>();
        if (bundles != null) {
            for (Bundle b : bundles) {
                out.add(info(b));
            }
        }
        out.sort(Comparator.comparing((PluginInfo p) -> p.name).thenComparing(p -> p.bundleId));
        return out;
    }

    @Override
    public Optional<PluginInfo> plugin(String name) {
        return plugins().stream().filter(p -> p.name.equals(name)).findFirst();
    }

    PluginInfo info(Bundle bundle) {
        PluginInfo p = new PluginInfo();
        p.name = PluginBundles.name(bundle);
        p.version = bundle.getVersion().toString();
        p.department = PluginBundles.department(bundle);
        p.units = PluginBundles.units(bundle);
        p.bundleId = bundle.getBundleId();
        p.symbolicName = bundle.getSymbolicName();
        p.bundleState = stateName(bundle.getState());
        PluginHealth.Record record = health.of(bundle.getBundleId());
        List<String> live = liveProblems(bundle);
        p.problems = new ArrayList<>(live);
        p.problems.addAll(record.problems());
        p.lastProblemAt = record.lastProblemAt;
        p.extraFields = record.extraFields.get();
        p.listeners = record.listeners.get();
        p.eventsHandled = record.handled.get();
        p.eventsFailed = record.failed.get();
        p.eventsDropped = record.dropped.get();
        boolean failed = !p.problems.isEmpty() && (!record.problems().isEmpty() || live.stream().anyMatch(l -> !l.startsWith("waiting")));
        if (failed) {
            p.state = PluginState.FAILED;
        } else {
            p.state = bundle.getState() == Bundle.ACTIVE ? PluginState.ACTIVE : PluginState.INACTIVE;
        }
        return p;
    }

    /** What is wrong right now: not resolved, not started though it should be, components that failed or wait. */
    private List<String> liveProblems(Bundle bundle) {
        List<String> problems = new ArrayList<>();
        int state = bundle.getState();
        if (state == Bundle.INSTALLED) {
            problems.add("not resolved: a package or service it needs is missing (bundle:diag " + bundle.getBundleId() + ")");
            return problems;
        }
        if (state == Bundle.RESOLVED && startWanted(bundle)) {
            problems.add("it is to be started but is not active: its start failed (see karaf.log)");
            return problems;
        }
        if (state != Bundle.ACTIVE) {
            return problems;
        }
        try {
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                    if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        problems.add("component " + description.name + " failed to activate: " + config.failure);
                    } else if (config.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                        for (UnsatisfiedReferenceDTO ref : config.unsatisfiedReferences) {
                            problems.add("waiting: component " + description.name + " needs " + ref.name
                                + (ref.target == null ? "" : " " + ref.target));
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read the components of bundle {}", bundle.getBundleId(), e);
        }
        return problems;
    }

    private static boolean startWanted(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
