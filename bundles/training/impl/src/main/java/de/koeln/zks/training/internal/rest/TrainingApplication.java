package de.koeln.zks.training.internal.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.training.api.RegistrationService;
import de.koeln.zks.training.api.TrainingCatalog;
import de.koeln.zks.training.api.TrainingRecords;

/** The training module's application at /api/training, with all its resources in one step. */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=training"})
@JaxrsApplicationBase("/api/training")
@JaxrsName(TrainingApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class TrainingApplication extends Application {
    public static final String NAME = "zks.training.app";
    /** A numeric id in a path template. */
    public static final String ID = "{id: [0-9]+}";
    static final String CALENDAR = "text/calendar; charset=UTF-8";

    private final Set<Object> resources;

    @Activate
    public TrainingApplication(@Reference TrainingCatalog catalog, @Reference RegistrationService registrations,
            @Reference TrainingRecords records) {
        this.resources = Set.of(
            new CoursesResource(catalog),
            new SessionsResource(catalog, registrations),
            new RegistrationsResource(registrations),
            new MeResource(catalog, registrations, records),
            new RefreshersResource(records),
            new UnitsResource(catalog),
            new TrainingStatisticsResource(records));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
