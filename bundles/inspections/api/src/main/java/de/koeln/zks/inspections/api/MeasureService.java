package de.koeln.zks.inspections.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Measures on findings: security managers set them; the owner unit's staff see theirs and report them done.
 */
@ProviderType
public interface MeasureService {

    /** A new measure for a finding; its due date may not be in the past. */
    Measure add(Caller caller, long findingId, Measure measure);

    /** Reports a measure done (security managers, staff of its owner unit), with an optional note. */
    Measure done(Caller caller, long measureId, String note, Long expectedVersion);

    List<Measure> ofFinding(Caller caller, long findingId);

    /** Measures by due date; staff see only their own units' ones. */
    Page<Measure> list(Caller caller, MeasureQuery query, int offset, int limit);

    /**
     * Posts {@link InspectionEvents#MEASURE_OVERDUE} once for every open measure whose due date has passed since
     * the last run. @return how many
     */
    int remindOverdue(Caller caller);
}
