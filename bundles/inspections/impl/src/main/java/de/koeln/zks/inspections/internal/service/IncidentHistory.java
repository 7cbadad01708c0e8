package de.koeln.zks.inspections.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.InspectionState;
import de.koeln.zks.inspections.api.LocationIncidents;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * The incidents at an inspection's building in the 12 months up to today (UTC), or up to the day of completion for a
 * completed inspection, asked of the {@link LocationIncidents} service when there is one. Whatever goes wrong there
 * is logged and leaves the count unknown (null): the inspection is always served.
 */
final class IncidentHistory {
    static final int MONTHS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(IncidentHistory.class);

    private IncidentHistory() {
    }

    /** Null without a service, without a building, or when the service fails. */
    static Integer last12Months(LocationIncidents incidents, Inspection inspection, Clock clock) {
        if (incidents == null || inspection.location == null) {
            return null;
        }
        LocalDate to = windowEnd(inspection, clock);
        try {
            OptionalInt count = incidents.count(inspection.location, to.minusMonths(MONTHS), to);
            return count.isPresent() ? count.getAsInt() : null;
        } catch (RuntimeException e) {
            LOG.warn("Could not count the incidents at the building of inspection {}: {}", inspection.id, e.toString());
            LOG.debug("Counting the incidents of inspection {} failed", inspection.id, e);
            return null;
        }
    }

    /** The first day after the window (exclusive end): tomorrow, or the day after completion. */
    static LocalDate windowEnd(Inspection inspection, Clock clock) {
        LocalDate last = inspection.state == InspectionState.COMPLETED && inspection.completedAt != null
            ? inspection.completedAt.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()
            : UtcTimes.today(clock);
        return last.plusDays(1);
    }
}
