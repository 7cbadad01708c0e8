package de.koeln.zks.training.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import de.koeln.zks.training.api.Registration;
import de.koeln.zks.training.api.RegistrationStatus;
import de.koeln.zks.training.api.SessionStatus;
import de.koeln.zks.training.api.TrainingSession;

/** A session keeps its UID in every calendar; what ended for the participant shows cancelled. */
class CalendarEntriesTest {

    static TrainingSession session() {
        TrainingSession s = new TrainingSession();
        s.id = 12L;
        s.version = 3L;
        s.courseTitle = "Deeskalation am Schalter";
        s.startsAt = OffsetDateTime.parse("2027-01-12T09:00:00+01:00");
        s.endsAt = OffsetDateTime.parse("2027-01-12T12:00:00+01:00");
        s.place = "Stadthaus Deutz, Raum 3.14";
        s.trainer = "tina";
        s.status = SessionStatus.SCHEDULED;
        s.updatedAt = OffsetDateTime.parse("2026-12-01T08:00:00Z");
        return s;
    }

    @Test
    void aSessionIsOneEntryWithAStableUid() {
        CalendarEntry e = CalendarEntries.of(session());
        assertThat(e.uid()).isEqualTo("session-12@zks.koeln.de");
        assertThat(e.sequence()).isEqualTo(3);
        assertThat(e.summary()).isEqualTo("Deeskalation am Schalter");
        assertThat(e.location()).isEqualTo("Stadthaus Deutz, Raum 3.14");
        assertThat(e.cancelled()).isFalse();
    }

    @Test
    void aCancelledRegistrationOrSessionShowsCancelledAndAWaitingOneSaysItsPlace() {
        Registration r = new Registration();
        r.status = RegistrationStatus.CANCELLED;
        r.statusChangedAt = OffsetDateTime.parse("2026-12-05T08:00:00Z");
        CalendarEntry cancelled = CalendarEntries.of(r, session());
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.updatedAt()).isEqualTo(r.statusChangedAt);

        r.status = RegistrationStatus.WAITLISTED;
        r.position = 4;
        TrainingSession off = session();
        off.status = SessionStatus.CANCELLED;
        off.cancelReason = "Trainerin erkrankt";
        CalendarEntry waiting = CalendarEntries.of(r, off);
        assertThat(waiting.cancelled()).isTrue();
        assertThat(waiting.description()).contains("Warteliste, Platz 4").contains("Trainerin erkrankt");
        assertThat(CalendarEntries.render("Meine Schulungen", java.util.List.of(waiting), CalendarEntries.CLOCK))
            .contains("STATUS:CANCELLED");
    }

    private static Registration registration(long id, long session, RegistrationStatus status, String registeredAt) {
        Registration r = new Registration();
        r.id = id;
        r.session = session;
        r.status = status;
        r.registeredAt = OffsetDateTime.parse(registeredAt);
        return r;
    }

    @Test
    void someoneWhoCancelledAndRegisteredAgainHasTheSessionOnceInTheirCalendar() {
        Registration cancelled = registration(1, 12, RegistrationStatus.CANCELLED, "2026-11-01T08:00:00Z");
        Registration again = registration(2, 12, RegistrationStatus.WAITLISTED, "2026-11-02T08:00:00Z");
        Registration other = registration(3, 13, RegistrationStatus.CONFIRMED, "2026-11-03T08:00:00Z");
        Registration cancelledTwice = registration(4, 14, RegistrationStatus.CANCELLED, "2026-11-01T08:00:00Z");
        Registration cancelledLater = registration(5, 14, RegistrationStatus.CANCELLED, "2026-11-05T08:00:00Z");

        assertThat(CalendarEntries.onePerSession(java.util.List.of(cancelled, again, other, cancelledTwice, cancelledLater)))
            .containsExactly(again, other, cancelledLater);
        assertThat(CalendarEntries.onePerSession(java.util.List.of(again, cancelled))).containsExactly(again);
    }
}
