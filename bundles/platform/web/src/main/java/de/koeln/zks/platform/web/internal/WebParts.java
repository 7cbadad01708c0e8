package de.koeln.zks.platform.web.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender of web parts: a bundle with the manifest header {@value #HEADER} (the module's name) serves its
 * folder {@code web/} under {@code /web/{name}/} while it is active. Uninstalling or stopping the bundle takes
 * its pages away; the page asks {@code /web/parts.json} which parts there are.
 */
@Component(service = WebParts.class, immediate = true)
public class WebParts {
    public static final String HEADER = "ZKS-Web-Part";
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Logger LOG = LoggerFactory.getLogger(WebParts.class);

    /** A web part: the module it belongs to and the bundle that serves it. */
    public record Part(String name, Bundle bundle) {
        public String version() {
            return bundle.getVersion().toString();
        }
    }

    private final Map<String, Part> parts = new ConcurrentHashMap<>();
    private final BundleTracker<Part> tracker;

    @Activate
    public WebParts(BundleContext context) {
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public Part addingBundle(Bundle bundle, BundleEvent event) {
                return add(bundle);
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Part part) {
                parts.remove(part.name(), part);
                LOG.info("Web part '{}' of {} removed", part.name(), bundle.getSymbolicName());
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    Part add(Bundle bundle) {
        String name = bundle.getHeaders("").get(HEADER);
        if (name == null) {
            return null;
        }
        name = name.strip();
        if (!NAME.matcher(name).matches()) {
            LOG.error("Bundle {} declares the web part '{}': a name is lower-case letters, digits and dashes",
                bundle.getSymbolicName(), name);
            return null;
        }
        Part part = new Part(name, bundle);
        Part earlier = parts.putIfAbsent(name, part);
        if (earlier != null) {
            LOG.error("Bundle {} declares the web part '{}' that {} serves already; it is ignored",
                bundle.getSymbolicName(), name, earlier.bundle().getSymbolicName());
            return null;
        }
        LOG.info("Web part '{}' of {} {} added", name, bundle.getSymbolicName(), bundle.getVersion());
        return part;
    }

    /** The parts served now, by name. */
    public List<Part> parts() {
        List<Part> list = new ArrayList<>(parts.values());
        list.sort(Comparator.comparing(Part::name));
        return list;
    }

    /** A file of a part's {@code web/} folder, if the part is there and has it. */
    public Optional<URL> file(String name, String path) {
        Part part = parts.get(name);
        if (part == null || part.bundle().getState() != Bundle.ACTIVE) {
            return Optional.empty();
        }
        return Optional.ofNullable(part.bundle().getEntry("web/" + path));
    }

    /** When a part's files last changed (the bundle's last update), for caching. */
    public long lastModified(String name) {
        Part part = parts.get(name);
        return part == null ? 0 : part.bundle().getLastModified();
    }
}
