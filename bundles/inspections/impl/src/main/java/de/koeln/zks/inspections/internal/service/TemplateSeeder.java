package de.koeln.zks.inspections.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.inspections.api.TemplateService;
import de.koeln.zks.platform.api.Caller;

/**
 * Ships the city's checklist for counter workplaces as data: on start, when no template of its name exists, it is
 * created (version 1). Later versions are made by the security managers as with any template; a deleted or renamed
 * one is never brought back once another version of the name exists.
 */
@Component(service = {})
public class TemplateSeeder {
    static final String RESOURCE = "/de/koeln/zks/inspections/internal/templates/counter-workplace.json";
    private static final Logger LOG = LoggerFactory.getLogger(TemplateSeeder.class);

    @Activate
    public TemplateSeeder(@Reference TemplateService templates) {
        try {
            Template shipped = shipped();
            boolean present = templates.list(Caller.SYSTEM, true).stream().anyMatch(t -> t.name.equals(shipped.name));
            if (!present) {
                Template created = templates.create(Caller.SYSTEM, shipped);
                LOG.info("Created the shipped checklist '{}' ({} items) as template {}", created.name, created.items.size(),
                    created.id);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not create the shipped checklist template; the module works on without it", e);
        }
    }

    static Template shipped() {
        try (InputStream in = TemplateSeeder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(in, Template.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
