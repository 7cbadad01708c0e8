package de.koeln.zks.inspections.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Inspections: planned and performed by security managers (and admins); the staff of the inspected unit read
 * their own unit's inspections with findings. Errors are the platform's {@code ApiException}s.
 */
@ProviderType
public interface InspectionService {

    Inspection plan(Caller caller, Inspection inspection);

    Inspection get(Caller caller, long id);

    Page<Inspection> list(Caller caller, InspectionQuery query, int offset, int limit);

    /**
     * Whether an inspection of the building is planned or in progress, among the inspections the caller may read;
     * the building is compared as {@link InspectionQuery#building} is (without case, surrounding blanks ignored).
     * One count, for callers that need only this answer (since 1.2).
     */
    boolean openAt(Caller caller, String building);

    /** Answers one item; the first answer starts the inspection ({@code IN_PROGRESS}). Not after completion. */
    Inspection answer(Caller caller, long id, String itemKey, Answer answer, Long expectedVersion);

    /**
     * Completes an inspection whose required items are all answered: each deficient item becomes a finding with
     * its risk rating; with {@code recurrenceMonths} the next inspection of the location is planned.
     */
    Inspection complete(Caller caller, long id, Long expectedVersion);

    /** Plans a re-inspection of a completed one (same unit, location, template name in its latest version). */
    Inspection reinspect(Caller caller, long id, LocalDate scheduledFor);

    List<Finding> findings(Caller caller, long inspectionId);

    /**
     * Adds a photo (JPEG, PNG, HEIC) or PDF to an item of an inspection that is not completed. The type is taken
     * from the content, never from the name or the claimed type; the size is limited; the file name is checked
     * and cleaned, and the file is never served as anything but a download.
     */
    Photo addPhoto(Caller caller, long inspectionId, String itemKey, String fileName, String contentType, byte[] content);

    List<Photo> photos(Caller caller, long inspectionId);

    PhotoContent photo(Caller caller, long inspectionId, long photoId);
}
