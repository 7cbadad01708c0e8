package de.koeln.zks.itests.plugin;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFieldProvider;
import de.koeln.zks.platform.spi.ExtraFieldType;
import de.koeln.zks.platform.spi.PlatformEventListener;

/**
 * A department plugin as a test builds it into a jar of its own (see PluginsIT): two extra incident fields, a
 * listener on the incidents' events, and a resource at /api/plugins/&lt;name&gt;/counts. The header
 * {@code X-Test-Listener} makes its listener {@code throw} or {@code block}, the header {@code X-Test-Start}
 * {@code fail} makes its start fail, and {@code X-Test-Fields: none} leaves its extra fields out.
 */
public class TestPluginActivator implements BundleActivator {
    static final AtomicInteger SEEN = new AtomicInteger();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public void start(BundleContext context) {
        Dictionary<String, String> headers = context.getBundle().getHeaders("");
        if ("fail".equals(headers.get("X-Test-Start"))) {
            throw new IllegalStateException("the counter database is not configured");
        }
        String name = headers.get("ZKS-Plugin");
        String behaviour = headers.get("X-Test-Listener");
        String version = context.getBundle().getVersion().toString();
        if (!"none".equals(headers.get("X-Test-Fields"))) {
            registrations.add(context.registerService(ExtraFieldProvider.class, new ExtraFieldProvider() {
                @Override
                public String module() {
                    return "incidents";
                }

                @Override
                public List<ExtraField> fields() {
                    return List.of(new ExtraField("counterNumber", "Schalter-Nr.", ExtraFieldType.NUMBER, true, null),
                        new ExtraField("queueSystem", "Aufrufsystem vorhanden", ExtraFieldType.CHOICE, false, List.of("ja", "nein")));
                }
            }, null));
        }
        registrations.add(context.registerService(PlatformEventListener.class, new PlatformEventListener() {
            @Override
            public Set<String> topics() {
                return Set.of("de/koeln/zks/incidents/*");
            }

            @Override
            public void onEvent(String topic, Map<String, Object> properties) throws Exception {
                if ("throw".equals(behaviour)) {
                    throw new IllegalStateException("counting failed on purpose");
                }
                if ("block".equals(behaviour)) {
                    stopped.await();
                }
                SEEN.incrementAndGet();
            }
        }, null));
        Dictionary<String, Object> app = new Hashtable<>();
        app.put("osgi.jaxrs.application.base", "/api/plugins/" + name);
        app.put("osgi.jaxrs.name", "zks.plugin." + name);
        app.put(ZksApi.APPLICATION_PROPERTY, Boolean.TRUE);
        app.put("osgi.jaxrs.extension.select", ZksApi.REQUIRED_EXTENSION);
        registrations.add(context.registerService(Application.class, new CountsApplication(version), app));
    }

    @Override
    public void stop(BundleContext context) {
        stopped.countDown();
        registrations.forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        });
        registrations.clear();
    }

    /** The plugin's own REST application. */
    public static class CountsApplication extends Application {
        private final Object resource;

        CountsApplication(String version) {
            this.resource = new CountsResource(version);
        }

        @Override
        public Set<Object> getSingletons() {
            return Set.of(resource);
        }
    }

    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EMPLOYEE, Roles.SECURITY_MANAGER})
    public static class CountsResource {
        private final String version;

        CountsResource(String version) {
            this.version = version;
        }

        @GET
        public Map<String, Object> counts() {
            return Map.of("version", version, "seen", SEEN.get());
        }
    }
}
