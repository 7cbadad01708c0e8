package de.koeln.zks.incidents.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * The duties the Aachener Modell and the accident insurer require after an incident. They are attached when a
 * report is made (or a draft submitted) and adjusted when it changes; security managers and admins mark them
 * and see them across incidents; whoever may see an incident sees its duties.
 *
 * @since 1.2
 */
@ProviderType
public interface DutyService {

    /** An incident's duties in the order of their rules. */
    List<Duty> duties(Caller caller, long incidentId);

    /** Marks a duty done, not needed (with a note) or open again. {@code expectedVersion} null means "any". */
    Duty update(Caller caller, long incidentId, long dutyId, DutyUpdate update, Long expectedVersion);

    /** Duties across incidents, most urgent first. */
    Page<Duty> list(Caller caller, DutyQuery query, int offset, int limit);

    /** The rules in force. Open to all staff. */
    DutyRules rules(Caller caller);

    /**
     * Posts {@link IncidentEvents#DUTY_DUE} for every open duty whose reminder or due time has passed since the
     * last run, once each.
     *
     * @return how many reminders were posted
     */
    int remind(Caller caller);
}
