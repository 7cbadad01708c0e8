package de.koeln.zks.inspections.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An inspection of a unit's workplaces at a location, with the template version it uses. Clients send
 * {@code template}, {@code unit}, {@code location}, {@code scheduledFor} (required), {@code riskLevel} (the
 * workplace's Aachener level, default 1), {@code inspector}, {@code recurrenceMonths}.
 */
public class Inspection {
    public Long id;
    public Long version;
    /** The template version's id. */
    public Long template;
    public String templateName;
    public Integer templateVersion;
    public String unit;
    public Location location;
    public Integer riskLevel;
    public LocalDate scheduledFor;
    public String inspector;
    public InspectionState state;
    public OffsetDateTime startedAt;
    public OffsetDateTime completedAt;
    /** Every how many months the location is inspected again; the next one is planned when this one is completed. */
    public Integer recurrenceMonths;
    /** The inspection this one re-inspects. */
    public Long previous;
    /** The consultation it was planned from, if any. */
    public Long consultation;
    /**
     * Incidents at the inspection's building in the 12 months up to today (for a completed inspection: up to its
     * completion), read from the incidents module; only in a single inspection read by security management, and null
     * where the incidents module is not installed or could not answer. Ignored when sent.
     *
     * @since 1.1
     */
    public Integer incidentsLast12Months;
    public List<Answer> answers = new ArrayList<>();
    public List<Finding> findings = new ArrayList<>();
    /**
     * For a re-inspection (or the next inspection of a recurrence): the findings of the {@link #previous} inspection
     * and which of them are resolved. A finding is marked resolved ({@link Finding#resolvedBy}) when the inspection that
     * answers its item OK is completed.
     */
    public List<FindingFollowUp> previousFindings = new ArrayList<>();
}
