package de.koeln.zks.inspections.api;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Consultations: any member of staff asks the security management for advice for a unit they belong to (security
 * managers and admins for any unit); the staff of a unit see its consultations, the requester always sees their own;
 * security managers and admins see all, take, close or decline them and plan an inspection from one. A state that
 * forbids a step is a {@code ConflictException} (409) and nothing changes. Errors are the platform's
 * {@code ApiException}s.
 */
@ProviderType
public interface ConsultationService {

    /** A new consultation ({@code REQUESTED}); posts {@link InspectionEvents#CONSULTATION_REQUESTED}. */
    Consultation request(Caller caller, Consultation consultation);

    /** Another unit's consultation is "not found" for staff. */
    Consultation get(Caller caller, long id);

    /** Open ones the most urgent and oldest first, otherwise the newest first; staff see only their units' ones. */
    Page<Consultation> list(Caller caller, ConsultationQuery query, int offset, int limit);

    /**
     * Takes an open consultation ({@code IN_PROGRESS}) for {@code handler}, or for the caller when null; taking one
     * in progress hands it over.
     */
    Consultation take(Caller caller, long id, String handler, Long expectedVersion);

    /** Closes an open consultation with the advice given; posts {@link InspectionEvents#CONSULTATION_CLOSED}. */
    Consultation close(Caller caller, long id, String outcome, Long expectedVersion);

    /** Declines an open consultation with a reason; posts {@link InspectionEvents#CONSULTATION_CLOSED}. */
    Consultation decline(Caller caller, long id, String reason, Long expectedVersion);

    /**
     * Plans an inspection of the consultation's unit ({@code template}, {@code scheduledFor}, {@code riskLevel},
     * {@code inspector}, {@code recurrenceMonths} as for {@link InspectionService#plan}; {@code location} defaults to
     * the consultation's) and links it to the open consultation, which a security manager then handles; once per
     * consultation. @return the planned inspection, its {@code consultation} set
     */
    Inspection planInspection(Caller caller, long consultationId, Inspection plan, Long expectedVersion);
}
