package de.koeln.zks.inspections.api;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How many incidents happened at a location: offered by whoever can tell (the link to the incidents module,
 * installed only where that module is), used by the inspections module to show an inspection's incident history.
 * Without such a service the inspections module shows none.
 *
 * @since 1.1
 */
@ConsumerType
public interface LocationIncidents {

    /**
     * Incidents reported at the location's building (ignoring case and surrounding spaces) that occurred on a day
     * (UTC) from {@code from} (inclusive) to {@code to} (exclusive); drafts and rejected reports are not counted.
     *
     * @return empty when the location names no building
     */
    OptionalInt count(Location location, LocalDate from, LocalDate to);
}
