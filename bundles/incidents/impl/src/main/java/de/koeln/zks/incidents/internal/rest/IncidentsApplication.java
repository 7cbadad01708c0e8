package de.koeln.zks.incidents.internal.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.incidents.api.DutyService;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.RiskNoticeService;
import de.koeln.zks.incidents.api.WarningService;
import de.koeln.zks.platform.api.ZksApi;

/**
 * The incidents module's application at /api/incidents. It brings its resources itself
 * ({@link #getSingletons()}), so the whiteboard deploys the module in one step: resources registered one
 * by one made the application be rebuilt with each, and a request in between could be answered without
 * reaching the module.
 */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=incidents"})
@JaxrsApplicationBase("/api/incidents")
@JaxrsName(IncidentsApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class IncidentsApplication extends Application {
    public static final String NAME = "zks.incidents.app";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** A numeric id in a path template; literal paths beside it (statistics, notices, warnings, duties, rules ...) never match it. */
    public static final String ID = "{id: [0-9]+}";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Set<Object> resources;

    @Activate
    public IncidentsApplication(@Reference IncidentService incidents, @Reference RiskNoticeService notices,
            @Reference WarningService warnings, @Reference DutyService duties) {
        this.resources = Set.of(
            new IncidentResource(incidents),
            new MeasuresResource(incidents),
            new AllMeasuresResource(incidents),
            new CommentsResource(incidents),
            new StatisticsResource(incidents),
            new ExportResource(incidents),
            new NoticesResource(notices),
            new WarningsResource(warnings),
            new DutiesResource(duties),
            new RulesResource(duties),
            new IncidentDutiesResource(duties));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
