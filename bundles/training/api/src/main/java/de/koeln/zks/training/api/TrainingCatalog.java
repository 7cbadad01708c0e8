package de.koeln.zks.training.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * The course catalogue, the sessions and the units' risk levels. Security managers and admins keep them; all
 * staff read them. Errors are the platform's {@code ApiException}s.
 */
@ProviderType
public interface TrainingCatalog {

    Course createCourse(Caller caller, Course course);

    /** {@code expectedVersion} null means "any". */
    Course updateCourse(Caller caller, long id, Course course, Long expectedVersion);

    Course course(Caller caller, long id);

    /** @param all also inactive courses */
    List<Course> courses(Caller caller, boolean all);

    TrainingSession createSession(Caller caller, TrainingSession session);

    /**
     * Moves a session or changes its place, trainer, capacity or deadline. A larger capacity promotes from the
     * waiting list; a capacity below the seats taken is refused.
     */
    TrainingSession updateSession(Caller caller, long id, TrainingSession session, Long expectedVersion);

    /** Cancels a session: every registration is cancelled and its participant told through an event. */
    TrainingSession cancelSession(Caller caller, long id, String reason, Long expectedVersion);

    TrainingSession session(Caller caller, long id);

    Page<TrainingSession> sessions(Caller caller, SessionQuery query, int offset, int limit);

    UnitRisk setUnitRisk(Caller caller, String unit, int riskLevel, Long expectedVersion);

    List<UnitRisk> unitRisks(Caller caller);
}
