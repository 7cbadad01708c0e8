package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Incidents and their triage. Every method checks the caller: employees report and see only their own
 * reports (others' are "not found"), security managers and admins see all, change statuses, keep measures
 * and comments, read statistics and export. Errors are the platform's {@code ApiException}s.
 */
@ProviderType
public interface IncidentService {
    /** Most rows one export delivers. */
    int MAX_EXPORT_ROWS = 50_000;

    /**
     * Stores a new report. A repeated call with the same {@code idempotencyKey} (at most 200 characters;
     * null for none) by the same caller returns the incident stored the first time.
     */
    Incident report(Caller caller, IncidentInput input, String idempotencyKey);

    /**
     * Stores a draft for {@code reporter} (status {@code DRAFT}), which the reporter completes and submits by
     * moving it to {@code REPORTED}; e.g. what a closed silent alarm leaves behind. Only admins (the system)
     * prepare drafts for others. {@code idempotencyKey} as in {@link #report}, per reporter.
     *
     * @since 1.1
     */
    Incident draft(Caller caller, String reporter, IncidentInput input, String idempotencyKey);

    Incident get(Caller caller, long id);

    /** @param sort e.g. {@code -occurredAt,level}; sortable are occurredAt, reportedAt, level, id; null: {@code -occurredAt} */
    Page<Incident> list(Caller caller, IncidentQuery query, int offset, int limit, String sort);

    /**
     * How many incidents match {@code query}, counted by the database (no incident is read): for employees their
     * own reports, as {@link #list} totals them.
     *
     * @since 1.3
     */
    long count(Caller caller, IncidentQuery query);

    /** Replaces the report's fields; {@code expectedVersion} null means "any". */
    Incident update(Caller caller, long id, IncidentInput input, Long expectedVersion);

    Incident changeStatus(Caller caller, long id, StatusRequest request, Long expectedVersion);

    /** The status changes, oldest first, starting with the report. */
    List<StatusChange> history(Caller caller, long id);

    Measure addMeasure(Caller caller, long incidentId, Measure measure);

    Measure updateMeasure(Caller caller, long incidentId, long measureId, Measure measure, Long expectedVersion);

    List<Measure> measures(Caller caller, long incidentId);

    /**
     * Measures across incidents for security management, by due date (those without one last), e.g. the overdue ones
     * of every incident. @since 1.4
     */
    Page<Measure> measures(Caller caller, MeasureQuery query, int offset, int limit);

    Comment addComment(Caller caller, long incidentId, Comment comment);

    List<Comment> comments(Caller caller, long incidentId);

    /** Counts of incidents that occurred in {@code [from, to)}; either bound may be null. */
    IncidentStatistics statistics(Caller caller, OffsetDateTime from, OffsetDateTime to);

    /** Prepares (and audits) an export of at most {@code maxRows} (≤ {@link #MAX_EXPORT_ROWS}) incidents. */
    IncidentExport export(Caller caller, IncidentQuery query, int maxRows);

    /**
     * Retention: removes the personal fields of closed and rejected incidents whose last status change is
     * older than the configured retention; they stay in the statistics.
     *
     * @return how many incidents were erased
     */
    int eraseExpired(Caller caller);
}
