package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.api.IncidentStatus.CLOSED;
import static de.koeln.zks.incidents.api.IncidentStatus.IN_REVIEW;
import static de.koeln.zks.incidents.api.IncidentStatus.MEASURES_TAKEN;
import static de.koeln.zks.incidents.api.IncidentStatus.REJECTED;
import static de.koeln.zks.incidents.api.IncidentStatus.REPORTED;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ADA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.RITA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.PreconditionFailedException;
import de.koeln.zks.platform.api.problem.ValidationException;

class IncidentServiceTest extends ServiceTestBase {

    @Test
    void reportAndReadBackKeepTheClientsOffset() {
        Incident created = reportSample(ANNA);
        assertThat(created.id).isNotNull();
        assertThat(created.version).isEqualTo(1L);
        assertThat(created.status).isEqualTo(REPORTED);
        assertThat(created.reportedBy).isEqualTo("anna");
        assertThat(created.reportedAt).isEqualTo(OffsetDateTime.parse(NOW));

        Incident read = incidents.get(ANNA, created.id);
        assertThat(read.occurredAt.toString()).isEqualTo("2026-11-20T10:15+01:00");
        assertThat(read.occurredAt.getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(read.unit).isEqualTo("Bürgeramt Innenstadt");
        assertThat(read.location.building).isEqualTo("Laurenzplatz 4");
        assertThat(read.location.room).isEqualTo("E.12");
        assertThat(read.location.floor).isNull();
        assertThat(read.description).isEqualTo("Kunde drohte mit Schlägen");
        assertThat(read.policeCalled).isTrue();
        assertThat(read.criminalComplaintFiled).isNull();
        assertThat(read.accidentReportDue).isFalse();
        assertThat(read.erased).isFalse();
        assertThat(read).usingRecursiveComparison().isEqualTo(created);
    }

    @Test
    void aReportIsAuditedAndAnnouncedWithoutPersonalData() {
        Incident created = reportSample(ANNA);
        assertThat(audit.of(AuditAction.CREATE)).singleElement().satisfies(l -> {
            assertThat(l.actor()).isEqualTo("anna");
            assertThat(l.module()).isEqualTo("incidents");
            assertThat(l.recordType()).isEqualTo("incident");
            assertThat(l.recordId()).isEqualTo(String.valueOf(created.id));
            assertThat(l.detail()).doesNotContain("Schlägen");
        });
        Event event = events.on(IncidentEvents.REPORTED).get(0);
        assertThat(event.getProperty(IncidentEvents.ID)).isEqualTo(created.id);
        assertThat(event.getProperty(IncidentEvents.LEVEL)).isEqualTo(2);
        assertThat(event.getProperty(IncidentEvents.KIND)).isEqualTo("THREAT");
        assertThat(event.getProperty(IncidentEvents.UNIT)).isEqualTo("Bürgeramt Innenstadt");
        assertThat(event.getProperty(IncidentEvents.STATUS)).isEqualTo("REPORTED");
        assertThat(event.getProperty(IncidentEvents.BUILDING)).isEqualTo(created.location.building);
        assertThat(event.getProperty(IncidentEvents.ROOM)).isEqualTo(created.location.room);
        assertThat(Set.of(event.getPropertyNames())).as("the place, but nothing about persons")
            .isSubsetOf("event.topics", IncidentEvents.ID, IncidentEvents.LEVEL, IncidentEvents.KIND, IncidentEvents.UNIT,
                IncidentEvents.STATUS, IncidentEvents.PREVIOUS_STATUS, IncidentEvents.BUILDING, IncidentEvents.FLOOR,
                IncidentEvents.ROOM);
    }

    @Test
    void invalidInputStoresNothing() {
        IncidentInput in = Fixtures.sample();
        in.level = 7;
        in.description = null;
        assertThatThrownBy(() -> incidents.report(ANNA, in, "k".repeat(201)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field)
                .containsExactly("Idempotency-Key", "level", "description"));
        assertThat(incidents.list(SAM, null, 0, 10, null).total).isZero();
        assertThat(audit.lines).isEmpty();
        assertThat(events.posted).isEmpty();
    }

    @Test
    void employeesSeeOnlyTheirOwnReportsOthersAreNotFound() {
        Incident annas = reportSample(ANNA);
        reportSample(BERT);

        assertThatThrownBy(() -> incidents.get(BERT, annas.id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.get(BERT, 999_999)).isInstanceOf(NotFoundException.class)
            .hasMessage("Incident 999999 does not exist");
        assertThatThrownBy(() -> incidents.history(BERT, annas.id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> incidents.update(BERT, annas.id, Fixtures.sample(), null))
            .isInstanceOf(NotFoundException.class);

        IncidentQuery asksForAnnas = new IncidentQuery();
        asksForAnnas.reportedBy = "anna";
        assertThat(incidents.list(BERT, asksForAnnas, 0, 10, null).items).extracting(i -> i.reportedBy)
            .containsExactly("bert");
        assertThat(incidents.list(SAM, null, 0, 10, null).total).isEqualTo(2);
        // the total is right whether the page is full, short or past the end
        assertThat(incidents.list(SAM, null, 0, 1, null).total).isEqualTo(2);
        assertThat(incidents.list(SAM, null, 1, 1, null).total).isEqualTo(2);
        assertThat(incidents.list(SAM, null, 1, 5, null).total).isEqualTo(2);
        assertThat(incidents.list(SAM, null, 5, 10, null).total).isEqualTo(2);
        assertThat(incidents.list(SAM, null, 5, 10, null).items).isEmpty();
        assertThat(incidents.get(ADA, annas.id).reportedBy).isEqualTo("anna");
        assertThatThrownBy(() -> incidents.get(RITA, annas.id)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aSecurityManagersReadIsAuditedTheReportersOwnIsNot() {
        Incident created = reportSample(ANNA);
        incidents.get(ANNA, created.id);
        assertThat(audit.of(AuditAction.READ_PERSONAL)).isEmpty();
        incidents.get(SAM, created.id);
        assertThat(audit.of(AuditAction.READ_PERSONAL)).singleElement()
            .satisfies(l -> assertThat(l.actor()).isEqualTo("sam"));
    }

    @Test
    void theStatusGoesThroughTheLifecycleWithHistory() {
        Incident created = reportSample(ANNA);
        clock.advance(java.time.Duration.ofHours(1));
        Incident reviewed = incidents.changeStatus(SAM, created.id, new StatusRequest(IN_REVIEW, null), 1L);
        assertThat(reviewed.status).isEqualTo(IN_REVIEW);
        assertThat(reviewed.version).isEqualTo(2L);
        move(created.id, MEASURES_TAKEN, IN_REVIEW, MEASURES_TAKEN, CLOSED);

        assertThat(incidents.history(ANNA, created.id)).extracting(c -> c.from, c -> c.to).containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, REPORTED),
            org.assertj.core.groups.Tuple.tuple(REPORTED, IN_REVIEW),
            org.assertj.core.groups.Tuple.tuple(IN_REVIEW, MEASURES_TAKEN),
            org.assertj.core.groups.Tuple.tuple(MEASURES_TAKEN, IN_REVIEW),
            org.assertj.core.groups.Tuple.tuple(IN_REVIEW, MEASURES_TAKEN),
            org.assertj.core.groups.Tuple.tuple(MEASURES_TAKEN, CLOSED));
        assertThat(incidents.history(SAM, created.id).get(1)).satisfies(c -> {
            assertThat(c.by).isEqualTo("sam");
            assertThat(c.at).isEqualTo(OffsetDateTime.parse("2026-11-27T11:00:00Z"));
        });
        assertThat(audit.of(AuditAction.STATUS_CHANGE)).hasSize(5);
        Event changed = events.on(IncidentEvents.STATUS_CHANGED).get(0);
        assertThat(changed.getProperty(IncidentEvents.STATUS)).isEqualTo("IN_REVIEW");
        assertThat(changed.getProperty(IncidentEvents.PREVIOUS_STATUS)).isEqualTo("REPORTED");
    }

    @Test
    void anIllegalTransitionIs409AndNamesTheAllowedOnes() {
        Incident created = reportSample(ANNA);
        assertThatThrownBy(() -> incidents.changeStatus(SAM, created.id, new StatusRequest(CLOSED, null), null))
            .isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.extensions().get("allowed")).isEqualTo(List.of("IN_REVIEW", "REJECTED"));
            });
        assertThat(incidents.get(SAM, created.id).status).isEqualTo(REPORTED);
        assertThat(incidents.history(SAM, created.id)).hasSize(1);
        assertThat(audit.of(AuditAction.STATUS_CHANGE)).isEmpty();
    }

    @Test
    void rejectingNeedsAReasonAndIsFinal() {
        Incident created = reportSample(ANNA);
        assertThatThrownBy(() -> incidents.changeStatus(SAM, created.id, new StatusRequest(REJECTED, " "), null))
            .isInstanceOf(ValidationException.class).hasMessageContaining("reason");
        Incident rejected = incidents.changeStatus(SAM, created.id, new StatusRequest(REJECTED, "Doppelmeldung"), null);
        assertThat(rejected.statusReason).isEqualTo("Doppelmeldung");
        assertThatThrownBy(() -> incidents.changeStatus(SAM, created.id, new StatusRequest(IN_REVIEW, null), null))
            .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlySecurityManagementChangesTheStatus() {
        Incident created = reportSample(ANNA);
        assertThatThrownBy(() -> incidents.changeStatus(ANNA, created.id, new StatusRequest(IN_REVIEW, null), null))
            .isInstanceOf(ForbiddenException.class);
        assertThat(incidents.changeStatus(ADA, created.id, new StatusRequest(IN_REVIEW, null), null).status)
            .isEqualTo(IN_REVIEW);
    }

    @Test
    void aStaleVersionIs412AndChangesNothing() {
        Incident created = reportSample(ANNA);
        IncidentInput changed = Fixtures.sample();
        changed.description = "Kunde drohte mit Schlägen und warf einen Stuhl";
        Incident updated = incidents.update(ANNA, created.id, changed, 1L);
        assertThat(updated.version).isEqualTo(2L);
        assertThat(updated.description).endsWith("Stuhl");

        changed.level = 3;
        assertThatThrownBy(() -> incidents.update(ANNA, created.id, changed, 1L))
            .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                assertThat(e.status()).isEqualTo(412);
                assertThat(e.extensions()).containsEntry("currentVersion", 2L);
            });
        assertThatThrownBy(() -> incidents.changeStatus(SAM, created.id, new StatusRequest(IN_REVIEW, null), 1L))
            .isInstanceOf(PreconditionFailedException.class);
        assertThat(incidents.get(ANNA, created.id).level).isEqualTo(2);
        assertThat(incidents.update(ANNA, created.id, changed, null).level).as("no If-Match: any version").isEqualTo(3);
        assertThat(events.on(IncidentEvents.UPDATED)).hasSize(2);
    }

    @Test
    void theReporterChangesOnlyWhileReportedSecurityManagersUntilClosed() {
        Incident created = reportSample(ANNA);
        move(created.id, IN_REVIEW);
        assertThatThrownBy(() -> incidents.update(ANNA, created.id, Fixtures.sample(), null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("REPORTED");
        IncidentInput corrected = Fixtures.sample();
        corrected.incapacityDays = 5;
        Incident updated = incidents.update(SAM, created.id, corrected, null);
        assertThat(updated.accidentReportDue).isTrue();
        move(created.id, CLOSED);
        assertThatThrownBy(() -> incidents.update(SAM, created.id, Fixtures.sample(), null))
            .isInstanceOf(ConflictException.class);
    }

    @Test
    void witnessDetailsReachOnlyTheReporterAndSecurityManagement() {
        IncidentInput in = Fixtures.sample();
        in.witnessDetails = "Frau K., Tel. 0221 123";
        Incident created = report(ANNA, in);
        assertThat(created.witnessDetails).isEqualTo("Frau K., Tel. 0221 123");
        assertThat(incidents.get(SAM, created.id).witnessDetails).isEqualTo("Frau K., Tel. 0221 123");
        assertThat(incidents.list(ADA, null, 0, 10, null).items.get(0).witnessDetails).isNotNull();
    }
}
