package de.koeln.zks.incidents.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Risk notices: security managers and admins publish and keep them; everyone else sees the notices in force
 * for their units (from the platform's user directory) and those for a location without a unit.
 */
@ProviderType
public interface RiskNoticeService {

    RiskNotice create(Caller caller, RiskNotice notice);

    /** {@code expectedVersion} null means "any". */
    RiskNotice update(Caller caller, long id, RiskNotice notice, Long expectedVersion);

    RiskNotice get(Caller caller, long id);

    /** Every notice, also expired ones, newest end of validity first (security managers and admins). */
    Page<RiskNotice> list(Caller caller, int offset, int limit);

    /** The notices in force for the caller's units; for security managers and admins all in force. */
    List<RiskNotice> listInForceFor(Caller caller);
}
