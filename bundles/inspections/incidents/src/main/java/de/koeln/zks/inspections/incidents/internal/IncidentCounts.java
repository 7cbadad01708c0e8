package de.koeln.zks.inspections.incidents.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentService;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.api.LocationIncidents;
import de.koeln.zks.platform.api.Caller;

/**
 * The incidents at an inspected building, counted by the incidents module ({@link IncidentService#count}, one COUNT
 * query on its building index): incidents whose building matches ignoring case and surrounding spaces, that occurred
 * in the period (days in UTC), reported and not rejected (drafts are not reports yet).
 */
@Component(service = LocationIncidents.class)
public class IncidentCounts implements LocationIncidents {
    static final Set<IncidentStatus> COUNTED = EnumSet.complementOf(EnumSet.of(IncidentStatus.DRAFT, IncidentStatus.REJECTED));

    private final IncidentService incidents;

    @Activate
    public IncidentCounts(@Reference IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public OptionalInt count(Location location, LocalDate from, LocalDate to) {
        if (location == null || location.building == null || location.building.isBlank()) {
            return OptionalInt.empty();
        }
        IncidentQuery query = new IncidentQuery();
        query.building = location.building.strip();
        query.from = startOf(from);
        query.to = startOf(to);
        query.statuses.addAll(COUNTED);
        long count = incidents.count(Caller.SYSTEM, query);
        return OptionalInt.of((int) Math.min(count, Integer.MAX_VALUE));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
