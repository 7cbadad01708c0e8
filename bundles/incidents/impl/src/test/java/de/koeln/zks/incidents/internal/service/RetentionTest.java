package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.api.IncidentStatus.CLOSED;
import static de.koeln.zks.incidents.api.IncidentStatus.IN_REVIEW;
import static de.koeln.zks.incidents.api.IncidentStatus.REJECTED;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;

class RetentionTest extends ServiceTestBase {
    private static final Duration RETENTION = Duration.ofDays(1825);

    private Incident personal() {
        IncidentInput in = Fixtures.sample();
        in.injuries = "Prellung am Arm";
        in.witnessDetails = "Herr M., Zimmer E.14";
        in.complaintFileNumber = "KK-2026-123";
        in.location.address = "Laurenzplatz 4, 50667 Köln";
        in.location.floor = "EG";
        return incidents.report(ANNA, in, "form-1");
    }

    @Test
    void erasesOnlyClosedOrRejectedIncidentsPastTheRetention() {
        Incident oldClosed = personal();
        Incident oldRejected = reportSample(ANNA);
        Incident oldOpen = reportSample(ANNA);
        move(oldClosed.id, IN_REVIEW, CLOSED);
        incidents.changeStatus(SAM, oldRejected.id, new StatusRequest(REJECTED, "Doppelmeldung"), null);
        move(oldOpen.id, IN_REVIEW);
        incidents.addComment(SAM, oldClosed.id, new Comment() {{ text = "Täter: Herr X"; }});

        clock.advance(RETENTION.minusDays(1));
        Incident recentlyClosed = reportSample(ANNA);
        move(recentlyClosed.id, IN_REVIEW, CLOSED);
        assertThat(incidents.eraseExpired(SAM)).as("nothing is old enough yet").isZero();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(incidents.eraseExpired(Caller.SYSTEM)).isEqualTo(2);

        Incident erased = incidents.get(SAM, oldClosed.id);
        assertThat(erased.erased).isTrue();
        assertThat(erased.description).isEqualTo("[erased]");
        assertThat(erased.injuries).isNull();
        assertThat(erased.witnessDetails).isNull();
        assertThat(erased.reportedBy).isNull();
        assertThat(erased.complaintFileNumber).isNull();
        assertThat(erased.location.room).isNull();
        assertThat(erased.location.address).isNull();
        assertThat(erased.location.building).isEqualTo("Laurenzplatz 4");
        assertThat(erased.location.floor).isEqualTo("EG");
        assertThat(erased.kind).isEqualTo(oldClosed.kind);
        assertThat(erased.level).isEqualTo(2);
        assertThat(erased.unit).isEqualTo("Bürgeramt Innenstadt");
        assertThat(erased.occurredAt).isEqualTo(oldClosed.occurredAt);
        assertThat(incidents.comments(SAM, oldClosed.id)).extracting(c -> c.text).containsExactly("[erased]");
        assertThat(incidents.history(SAM, oldClosed.id)).extracting(c -> c.by).containsExactly(null, "sam", "sam");
        assertThat(incidents.get(SAM, oldRejected.id).erased).isTrue();
        assertThat(incidents.get(SAM, oldOpen.id).erased).isFalse();
        assertThat(incidents.get(SAM, recentlyClosed.id).erased).isFalse();

        assertThat(audit.of(AuditAction.ERASE)).extracting(l -> l.recordId(), l -> l.actor()).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(String.valueOf(oldClosed.id), "system"),
            org.assertj.core.groups.Tuple.tuple(String.valueOf(oldRejected.id), "system"));
        assertThat(incidents.eraseExpired(SAM)).as("erased once only").isZero();
    }

    @Test
    void statisticsKeepCountingErasedIncidents() {
        Incident old = reportSample(ANNA);
        reportSample(ANNA);
        move(old.id, IN_REVIEW, CLOSED);
        IncidentStatistics before = incidents.statistics(SAM, null, null);
        clock.advance(RETENTION.plusDays(1));
        assertThat(incidents.eraseExpired(SAM)).isEqualTo(1);
        IncidentStatistics after = incidents.statistics(SAM, null, null);
        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(after.total).isEqualTo(2);
    }

    @Test
    void theReporterLosesAccessAndTheErasedIncidentTakesNoComments() {
        Incident old = personal();
        move(old.id, IN_REVIEW, CLOSED);
        clock.advance(RETENTION.plusDays(1));
        incidents.eraseExpired(SAM);
        assertThatThrownBy(() -> incidents.get(ANNA, old.id)).isInstanceOf(NotFoundException.class);
        assertThat(incidents.list(ANNA, null, 0, 10, null).total).isZero();
        assertThatThrownBy(() -> incidents.addComment(SAM, old.id, new Comment() {{ text = "x"; }}))
            .isInstanceOf(ConflictException.class);
        assertThat(incidents.report(ANNA, Fixtures.sample(), "form-1").id).as("the key is erased too").isNotEqualTo(old.id);
    }

    @Test
    void onlySecurityManagementRunsTheRetention() {
        assertThatThrownBy(() -> incidents.eraseExpired(ANNA)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theConfiguredRetentionApplies() {
        JpaIncidentService shortRetention = new JpaIncidentService(db.jpa, audit, events, rules, clock, 30);
        Incident closed = reportSample(ANNA);
        move(closed.id, IN_REVIEW, CLOSED);
        clock.advance(Duration.ofDays(31));
        assertThat(shortRetention.eraseExpired(SAM)).isEqualTo(1);
    }
}
