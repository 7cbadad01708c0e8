package de.koeln.zks.training.internal.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingSession;

/**
 * Sessions and registrations as calendar entries. A session keeps one UID, so a calendar that imported it
 * updates the entry when the session moves and shows it cancelled when it (or the registration) is cancelled.
 */
public final class CalendarEntries {
    public static final Clock CLOCK = Clock.systemUTC();
    static final String DOMAIN = "@zks.koeln.de";

    private CalendarEntries() {
    }

    public static CalendarEntry of(TrainingSession s) {
        return entry(s, s.status == SessionStatus.CANCELLED, null, s.updatedAt);
    }

    /** The session as the participant has it: cancelled also when only their registration ended. */
    public static CalendarEntry of(Registration r, TrainingSession s) {
        boolean ended = r.status == RegistrationStatus.CANCELLED || r.status == RegistrationStatus.REJECTED;
        String note = switch (r.status) {
            case WAITLISTED -> "Warteliste, Platz " + r.position;
            case PENDING_APPROVAL -> "Wartet auf Genehmigung";
            default -> null;
        };
        OffsetDateTime changed = r.statusChangedAt != null && r.statusChangedAt.isAfter(s.updatedAt) ? r.statusChangedAt
            : s.updatedAt;
        return entry(s, ended || s.status == SessionStatus.CANCELLED, note, changed);
    }

    /**
     * One registration per session for a participant's calendar, which may hold each session (each UID) once: the
     * one in force if there is one, else the latest (someone who cancelled and registered again has two).
     */
    public static List<Registration> onePerSession(List<Registration> registrations) {
        Comparator<Registration> preferred = Comparator
            .comparing((Registration r) -> r.status != RegistrationStatus.CANCELLED && r.status != RegistrationStatus.REJECTED)
            .thenComparing(r -> r.registeredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.id, Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<Long, Registration> bySession = new LinkedHashMap<>();
        for (Registration r : registrations) {
            bySession.merge(r.session, r, (a, b) -> preferred.compare(a, b) >= 0 ? a : b);
        }
        return new ArrayList<>(bySession.values());
    }

    private static CalendarEntry entry(TrainingSession s, boolean cancelled, String note, OffsetDateTime updatedAt) {
        StringBuilder description = new StringBuilder(s.courseTitle == null ? "" : s.courseTitle);
        if (note != null) {
            description.append("\n").append(note);
        }
        if (s.trainer != null) {
            description.append("\nTrainer/in: ").append(s.trainer);
        }
        if (s.cancelReason != null) {
            description.append("\nAbgesagt: ").append(s.cancelReason);
        }
        return new CalendarEntry("session-" + s.id + DOMAIN, s.version == null ? 0 : s.version,
            s.courseTitle == null ? "Schulung" : s.courseTitle, description.toString(), s.place, s.link, s.startsAt, s.endsAt,
            cancelled, updatedAt);
    }

    public static String render(String name, List<CalendarEntry> entries, Clock clock) {
        return CalendarRenderer.render(name, entries, clock);
    }
}
