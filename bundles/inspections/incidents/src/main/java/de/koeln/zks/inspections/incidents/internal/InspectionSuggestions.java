package de.koeln.zks.inspections.incidents.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.inspections.api.InspectionEvents;
import de.koeln.zks.inspections.api.InspectionService;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.support.Events;

/**
 * An incident of Aachener level 2 or more at a known building suggests an inspection there: posts
 * {@link InspectionEvents#INSPECTION_SUGGESTED} with the incident, its level, unit and place, and whether an inspection
 * of the building is already planned or in progress. Reacts to a report, to the submission of a draft, and to an
 * update that brings an incident to level 2 or more; each incident is suggested once while the bundle runs (the
 * events carry no previous level, so the bundle remembers the last {@value #REMEMBERED} incidents it suggested).
 * Level, status, unit and place come with the event (incidents API 1.5), so the report with its personal data is
 * never read; only the check for an open inspection at the building (one count) is done, off the event thread.
 * This bundle exists only where both modules are installed (a conditional of {@code zks-inspections}).
 */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + IncidentEvents.REPORTED,
    EventConstants.EVENT_TOPIC + "=" + IncidentEvents.STATUS_CHANGED,
    EventConstants.EVENT_TOPIC + "=" + IncidentEvents.UPDATED})
public class InspectionSuggestions implements EventHandler {
    static final int MIN_LEVEL = 2;
    static final int REMEMBERED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(InspectionSuggestions.class);

    private final InspectionService inspections;
    private final EventAdmin events;
    /** Incidents already suggested; touched only by the worker thread (and by tests, on theirs). */
    private final Set<Long> suggested = Collections.newSetFromMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zks-inspections-incident-link");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public InspectionSuggestions(@Reference InspectionService inspections, @Reference EventAdmin events) {
        this.inspections = inspections;
        this.events = events;
    }

    @Deactivate
    void deactivate() {
        worker.shutdown();
    }

    /** What the event tells about the incident. */
    record Report(long id, int level, String status, String unit, String building, String floor, String room) {
        static Report of(Event event, long id, int level) {
            return new Report(id, level, text(event, IncidentEvents.STATUS), text(event, IncidentEvents.UNIT),
                text(event, IncidentEvents.BUILDING), text(event, IncidentEvents.FLOOR), text(event, IncidentEvents.ROOM));
        }

        private static String text(Event event, String key) {
            return event.getProperty(key) instanceof String value && !value.isBlank() ? value : null;
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(IncidentEvents.ID) instanceof Long id && event.getProperty(IncidentEvents.LEVEL) instanceof Integer level
                && level >= MIN_LEVEL && concernsAReport(event)) {
            Report report = Report.of(event, id, level);
            worker.execute(() -> suggest(report));
        }
    }

    /** A status change matters only when a draft is submitted; the others change nothing at the building. */
    private static boolean concernsAReport(Event event) {
        return !IncidentEvents.STATUS_CHANGED.equals(event.getTopic())
            || IncidentStatus.REPORTED.name().equals(event.getProperty(IncidentEvents.STATUS))
                && IncidentStatus.DRAFT.name().equals(event.getProperty(IncidentEvents.PREVIOUS_STATUS));
    }

    /** Posts the suggestion for the incident and answers it; null when there is none to make or it failed. */
    Event suggest(Report incident) {
        if (incident.level() < MIN_LEVEL || incident.building() == null || suggested.contains(incident.id())
                || IncidentStatus.DRAFT.name().equals(incident.status())
                || IncidentStatus.REJECTED.name().equals(incident.status())) {
            return null;
        }
        try {
            boolean planned = inspections.openAt(Caller.SYSTEM, incident.building());
            Map<String, Object> p = new HashMap<>();
            p.put(InspectionEvents.INCIDENT, incident.id());
            p.put(InspectionEvents.LEVEL, incident.level());
            p.put(InspectionEvents.BUILDING, incident.building());
            putIfKnown(p, InspectionEvents.UNIT, incident.unit());
            putIfKnown(p, InspectionEvents.FLOOR, incident.floor());
            putIfKnown(p, InspectionEvents.ROOM, incident.room());
            p.put(InspectionEvents.PLANNED, planned);
            Event suggestion = new Event(InspectionEvents.INSPECTION_SUGGESTED, p);
            if (!Events.post(events, suggestion)) {
                return null; // logged; not marked, so the next event of this incident tries again
            }
            suggested.add(incident.id());
            LOG.debug("Incident {} (level {}) at {} suggests an inspection there{}", incident.id(), incident.level(),
                incident.building(), planned ? "; one is already planned" : "");
            return suggestion;
        } catch (RuntimeException e) {
            LOG.error("Could not suggest an inspection for incident {}", incident.id(), e);
            return null;
        }
    }

    private static void putIfKnown(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
