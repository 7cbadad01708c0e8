package de.koeln.zks.alarm.api;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;

/**
 * Alarm points and responder groups. Changes need the role {@code admin} or {@code security-manager};
 * reads any authenticated caller. Errors are the platform's {@code ApiException}s.
 */
@ProviderType
public interface AlarmRegistry {
    ResponderGroup createGroup(Caller caller, ResponderGroup group);

    /** Creates or replaces; {@code expectedVersion} null means "any". */
    ResponderGroup putGroup(Caller caller, String name, ResponderGroup group, Long expectedVersion);

    ResponderGroup group(Caller caller, String name);

    List<ResponderGroup> groups(Caller caller);

    /** Refused (409) while an alarm point names the group. */
    void deleteGroup(Caller caller, String name);

    AlarmPoint createPoint(Caller caller, AlarmPoint point);

    AlarmPoint putPoint(Caller caller, String id, AlarmPoint point, Long expectedVersion);

    AlarmPoint point(Caller caller, String id);

    Page<AlarmPoint> points(Caller caller, String building, int offset, int limit);

    void deletePoint(Caller caller, String id);

    /** Records a heartbeat of the point's client (any authenticated caller, e.g. the desktop client). */
    void heartbeat(Caller caller, String pointId);

    /** Points whose client sent a heartbeat once but none for {@code silentFor}: a dead alarm client. */
    List<AlarmPoint> silentPoints(Caller caller, Duration silentFor);
}
