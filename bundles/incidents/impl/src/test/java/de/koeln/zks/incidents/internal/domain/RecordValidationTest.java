package de.koeln.zks.incidents.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Validator;

class RecordValidationTest {

    static RiskNotice notice() {
        RiskNotice n = new RiskNotice();
        n.title = "Aggressiver Kunde";
        n.unit = "Bürgeramt Innenstadt";
        n.watchFor = "Kunde mit Hausverbot versucht Zutritt";
        n.whatToDo = "Sicherheitsdienst rufen, Alarmknopf";
        n.validFrom = OffsetDateTime.parse("2026-11-20T00:00:00+01:00");
        n.validUntil = OffsetDateTime.parse("2026-12-20T00:00:00+01:00");
        n.incidentIds = List.of(3L, 3L, 4L);
        return n;
    }

    private static List<String> fields(Runnable validation, Validator v) {
        validation.run();
        try {
            v.throwIfInvalid();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field).toList();
        }
    }

    @Test
    void aNoticeIsValidAndItsIncidentsAreDeduplicated() {
        Validator v = new Validator();
        RiskNotice clean = RecordValidation.notice(v, notice());
        assertThat(v.isValid()).isTrue();
        assertThat(clean.incidentIds).containsExactly(3L, 4L);
    }

    @Test
    void aNoticeNeedsAUnitOrALocation() {
        RiskNotice n = notice();
        n.unit = " ";
        Validator v = new Validator();
        assertThat(fields(() -> RecordValidation.notice(v, n), v)).containsExactly("unit");
        n.location = new Location("Laurenzplatz 4", null, null, null);
        Validator ok = new Validator();
        assertThat(fields(() -> RecordValidation.notice(ok, n), ok)).isEmpty();
    }

    @Test
    void aNoticeIsTimeLimited() {
        RiskNotice n = notice();
        n.validUntil = n.validFrom;
        Validator v = new Validator();
        assertThat(fields(() -> RecordValidation.notice(v, n), v)).containsExactly("validUntil");
        n.validUntil = n.validFrom.plusDays(367);
        Validator tooLong = new Validator();
        assertThat(fields(() -> RecordValidation.notice(tooLong, n), tooLong)).containsExactly("validUntil");
    }

    @Test
    void aNoticeNamesEveryMissingField() {
        RiskNotice n = new RiskNotice();
        n.incidentIds = Arrays.asList(1L, null);
        Validator v = new Validator();
        assertThat(fields(() -> RecordValidation.notice(v, n), v))
            .containsExactly("title", "unit", "watchFor", "whatToDo", "validFrom", "validUntil", "incidentIds[1]");
    }

    @Test
    void measuresAndCommentsNeedTheirText() {
        Validator v = new Validator();
        assertThat(fields(() -> RecordValidation.measure(v, new Measure()), v)).containsExactly("what");
        Validator c = new Validator();
        assertThat(fields(() -> RecordValidation.comment(c, new Comment()), c)).containsExactly("text");
        Measure m = new Measure();
        m.what = "Alarmknopf nachrüsten";
        Validator ok = new Validator();
        assertThat(RecordValidation.measure(ok, m).done).isFalse();
    }

    @Test
    void aMissingBodyIsNamed() {
        Validator v = new Validator();
        RecordValidation.measure(v, null);
        assertThatThrownBy(v::throwIfInvalid).hasMessageContaining("(body)");
    }
}
