package de.koeln.zks.alarm.api;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Raising, acknowledging, escalating and closing alarms. Every change is stored (durably, before the
 * method returns), timestamped, audited and delivered to the responders of the alarmed groups.
 * <p>
 * Who may: any authenticated caller raises; a {@code responder} of an alarmed group (or an admin or
 * security manager) acknowledges and closes; the person who raised it (or an admin) cancels within the
 * grace period. Responders see the alarms of their groups, employees their own, admins and security
 * managers all.
 */
@ProviderType
public interface AlarmService {

    /** The answer to a trigger: the alarm and whether the trigger joined an open one. */
    record Raised(Alarm alarm, boolean joined) {
    }

    Raised trigger(Caller caller, AlarmTrigger trigger);

    Alarm get(Caller caller, long id);

    /** Newest first; {@code state} null for all. */
    Page<Alarm> list(Caller caller, AlarmState state, boolean openOnly, int offset, int limit);

    Alarm acknowledge(Caller caller, long id);

    Alarm cancel(Caller caller, long id, AlarmCancel cancel);

    Alarm close(Caller caller, long id, AlarmClose close);

    /** Records the incident draft left by a closed alarm (called by the incidents link, as a system caller). */
    Alarm linkIncident(Caller caller, long id, long incidentId);
}
