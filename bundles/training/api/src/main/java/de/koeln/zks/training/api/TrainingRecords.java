package de.koeln.zks.training.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;

/** Training records, refreshers and figures. */
@ProviderType
public interface TrainingRecords {

    /** The records of a person: their own, or anyone's for security managers. */
    List<TrainingRecord> records(Caller caller, String participant);

    /**
     * Per unit, the staff and the courses recommended for it (by the unit's risk level or as a target unit) with
     * the last attendance and the refresher due date. Security managers see all units, unit managers theirs.
     *
     * @param overdue only those never trained or past their refresher date
     * @param unit    null: every unit
     */
    List<Refresher> refreshers(Caller caller, boolean overdue, String unit);

    TrainingStatistics statistics(Caller caller, OffsetDateTime from, OffsetDateTime to);

    /**
     * Records practical training without a session, e.g. a completed silent-alarm drill for its participants.
     * Only the system and admins. A repeated call with the same {@code reference} records nothing twice.
     *
     * @return how many records were made
     */
    int recordPractice(Caller caller, List<String> participants, CourseTopic topic, LocalDate on, String source,
        String reference);
}
