package de.koeln.zks.training.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;

/**
 * Registrations, waiting lists, approvals and attendance. A session never holds more seats than its capacity,
 * also under concurrent registrations; a freed seat goes to the first on the waiting list in the same
 * transaction. Participants' data is visible to themselves, the session's trainer and security managers.
 */
@ProviderType
public interface RegistrationService {

    /**
     * Registers {@code participant} (null: the caller) for a session: {@code CONFIRMED}, {@code PENDING_APPROVAL}
     * (the course requires approval; the seat is held) or {@code WAITLISTED} with a position. Staff register
     * themselves; unit managers register staff of their units; security managers anyone.
     */
    Registration register(Caller caller, long sessionId, String participant);

    /** Cancels a registration (the participant, who registered them, or a security manager); promotes the next. */
    Registration cancel(Caller caller, long registrationId, String reason);

    /** Approves a seat pending approval: the participant's unit manager or a security manager. */
    Registration approve(Caller caller, long registrationId);

    /** Rejects it with a reason; the seat goes to the next on the waiting list. */
    Registration reject(Caller caller, long registrationId, String reason);

    /**
     * Gives a waiting registrant a seat now, ahead of the list (security managers); when the session is full, it
     * gets one more seat for them.
     */
    Registration promote(Caller caller, long registrationId);

    /** Records attended or no-show for a confirmed registration of a session that has begun: its trainer or a security manager. */
    Registration recordAttendance(Caller caller, long registrationId, boolean attended);

    Registration registration(Caller caller, long registrationId);

    /** The registrations of a session, seat holders first, then the waiting list in order. */
    List<Registration> registrations(Caller caller, long sessionId);

    /** The caller's own registrations, next session first. */
    List<Registration> mine(Caller caller);
}
