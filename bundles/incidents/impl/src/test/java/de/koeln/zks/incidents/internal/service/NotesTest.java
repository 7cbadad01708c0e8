package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.api.IncidentStatus.CLOSED;
import static de.koeln.zks.incidents.api.IncidentStatus.IN_REVIEW;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.PreconditionFailedException;

class NotesTest extends ServiceTestBase {

    private static Measure measure(String what, boolean done) {
        Measure m = new Measure();
        m.what = what;
        m.ownerUnit = "Gebäudemanagement";
        m.dueOn = LocalDate.parse("2026-12-15");
        m.done = done;
        return m;
    }

    private static Comment comment(String text) {
        Comment c = new Comment();
        c.text = text;
        return c;
    }

    @Test
    void measuresAreKeptAndMarkedDoneWithOptimisticLocking() {
        Incident incident = reportSample(ANNA);
        Measure added = incidents.addMeasure(SAM, incident.id, measure("Alarmknopf in E.12 nachrüsten", false));
        assertThat(added.id).isNotNull();
        assertThat(added.version).isEqualTo(1L);
        assertThat(added.createdBy).isEqualTo("sam");
        assertThat(added.done).isFalse();
        assertThat(added.doneAt).isNull();

        clock.advance(Duration.ofDays(3));
        Measure done = incidents.updateMeasure(SAM, incident.id, added.id, measure("Alarmknopf in E.12 nachrüsten", true), 1L);
        assertThat(done.done).isTrue();
        assertThat(done.doneAt).isEqualTo(OffsetDateTime.parse("2026-11-30T10:00:00Z"));
        assertThat(done.version).isEqualTo(2L);
        assertThatThrownBy(() -> incidents.updateMeasure(SAM, incident.id, added.id, measure("x", false), 1L))
            .isInstanceOf(PreconditionFailedException.class);
        assertThat(incidents.measures(SAM, incident.id)).singleElement().satisfies(m -> assertThat(m.done).isTrue());
        assertThat(audit.lines).filteredOn(l -> l.recordType().equals("measure")).extracting(l -> l.action())
            .containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void securityManagementListsTheOverdueMeasuresOfEveryIncident() {
        Incident one = reportSample(ANNA);
        Incident other = reportSample(ANNA);
        Measure early = measure("Hausverbot aussprechen", false);
        early.dueOn = LocalDate.parse("2026-12-01");
        early.ownerUnit = "Bürgeramt Innenstadt";
        Measure late = measure("Alarmknopf nachrüsten", false);
        late.dueOn = LocalDate.parse("2026-12-20");
        Measure doneAlready = measure("Schulung anbieten", true);
        doneAlready.dueOn = LocalDate.parse("2026-11-30");
        Measure a = incidents.addMeasure(SAM, other.id, late);
        Measure b = incidents.addMeasure(SAM, one.id, early);
        incidents.addMeasure(SAM, one.id, doneAlready);
        Measure open = measure("ohne Frist", false);
        open.dueOn = null;
        incidents.addMeasure(SAM, one.id, open);

        de.koeln.zks.incidents.api.MeasureQuery overdue = new de.koeln.zks.incidents.api.MeasureQuery();
        overdue.overdue = true;
        assertThat(incidents.measures(SAM, overdue, 0, 50).items).as("nothing is due before 2026-11-27").isEmpty();

        clock.advance(Duration.ofDays(10)); // 2026-12-07
        var page = incidents.measures(SAM, overdue, 0, 50);
        assertThat(page.items).extracting(m -> m.id).containsExactly(b.id);
        assertThat(page.items.get(0).incidentId).isEqualTo(one.id);
        assertThat(page.total).isEqualTo(1);

        clock.advance(Duration.ofDays(20)); // 2026-12-27
        assertThat(incidents.measures(SAM, overdue, 0, 50).items).extracting(m -> m.id).containsExactly(b.id, a.id);
        overdue.ownerUnit = "Bürgeramt Innenstadt";
        assertThat(incidents.measures(SAM, overdue, 0, 50).items).extracting(m -> m.id).containsExactly(b.id);

        de.koeln.zks.incidents.api.MeasureQuery all = new de.koeln.zks.incidents.api.MeasureQuery();
        var first = incidents.measures(SAM, all, 0, 2);
        assertThat(first.items).hasSize(2);
        assertThat(first.total).isEqualTo(4);
        assertThatThrownBy(() -> incidents.measures(ANNA, all, 0, 50)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aMeasureBelongsToItsIncident() {
        Incident one = reportSample(ANNA);
        Incident other = reportSample(ANNA);
        Measure m = incidents.addMeasure(SAM, one.id, measure("Hausverbot aussprechen", false));
        assertThatThrownBy(() -> incidents.updateMeasure(SAM, other.id, m.id, measure("x", true), null))
            .isInstanceOf(NotFoundException.class);
        assertThat(incidents.measures(SAM, other.id)).isEmpty();
        assertThatThrownBy(() -> incidents.measures(SAM, 424242)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void measuresAreAddedOnlyWhileTheIncidentIsOpen() {
        Incident incident = reportSample(ANNA);
        move(incident.id, IN_REVIEW, CLOSED);
        assertThatThrownBy(() -> incidents.addMeasure(SAM, incident.id, measure("zu spät", false)))
            .isInstanceOf(ConflictException.class);
    }

    @Test
    void commentsAreInternalToSecurityManagement() {
        Incident incident = reportSample(ANNA);
        Comment c = incidents.addComment(SAM, incident.id, comment("Rücksprache mit Amtsleitung"));
        assertThat(c.author).isEqualTo("sam");
        assertThat(c.at).isEqualTo(OffsetDateTime.parse(NOW));
        assertThat(incidents.comments(SAM, incident.id)).extracting(x -> x.text).containsExactly("Rücksprache mit Amtsleitung");
        assertThatThrownBy(() -> incidents.comments(ANNA, incident.id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> incidents.addComment(BERT, incident.id, comment("x"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> incidents.addMeasure(ANNA, incident.id, measure("x", false)))
            .isInstanceOf(ForbiddenException.class);
        assertThat(audit.of(AuditAction.CREATE)).extracting(l -> l.recordType()).containsExactly("incident", "comment");
    }
}
