package de.koeln.zks.alarm.internal.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.alarm.api.AlarmRegistry;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.internal.delivery.StreamHub;
import de.koeln.zks.alarm.internal.service.JpaAlarmService;
import de.koeln.zks.platform.api.ZksApi;

/** The silent alarm's application at /api/alarm; it brings its resources itself, so it deploys in one step. */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=alarm"})
@JaxrsApplicationBase("/api/alarm")
@JaxrsName("zks.alarm.app")
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class AlarmApplication extends Application {
    static final String ID = "{id: [0-9]+}";

    private final Set<Object> resources;

    @Activate
    public AlarmApplication(@Reference AlarmRegistry registry, @Reference AlarmService alarms,
                            @Reference StreamHub hub, @Reference JpaAlarmService service) {
        this.resources = Set.of(
            new GroupsResource(registry),
            new PointsResource(registry, service),
            new AlarmsResource(alarms),
            new StreamResource(hub));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
