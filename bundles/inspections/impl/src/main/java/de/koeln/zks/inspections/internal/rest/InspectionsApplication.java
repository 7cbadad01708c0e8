package de.koeln.zks.inspections.internal.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import de.koeln.zks.inspections.api.ConsultationService;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.inspections.api.MeasureService;
import de.koeln.zks.inspections.api.StatementService;
import de.koeln.zks.inspections.api.TemplateService;
import de.koeln.zks.platform.api.ZksApi;

/** The inspections module's application at /api/inspections, with all its resources in one step. */
@Component(service = Application.class, property = {
    ZksApi.APPLICATION_PROPERTY + ":Boolean=true",
    ZksApi.MODULE_PROPERTY + "=inspections"})
@JaxrsApplicationBase("/api/inspections")
@JaxrsName(InspectionsApplication.NAME)
@JaxrsExtensionSelect(ZksApi.REQUIRED_EXTENSION)
public class InspectionsApplication extends Application {
    public static final String NAME = "zks.inspections.app";
    public static final String ID = "{id: [0-9]+}";

    private final Set<Object> resources;

    @Activate
    public InspectionsApplication(@Reference TemplateService templates, @Reference InspectionService inspections,
            @Reference MeasureService measures, @Reference StatementService statements,
            @Reference ConsultationService consultations) {
        this.resources = Set.of(new TemplatesResource(templates), new InspectionsResource(inspections),
            new FindingsResource(measures), new MeasuresResource(measures), new StatementsResource(statements),
            new ConsultationsResource(consultations));
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
