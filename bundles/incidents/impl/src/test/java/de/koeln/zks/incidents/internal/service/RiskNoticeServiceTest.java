package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.internal.testing.Fixtures.ADA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.RITA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.platform.testing.FakeUsers;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.PreconditionFailedException;
import de.koeln.zks.platform.api.problem.ValidationException;

class RiskNoticeServiceTest extends ServiceTestBase {
    private static final String BUERGERAMT = "Bürgeramt Innenstadt";
    private static final String JOBCENTER = "Jobcenter Kalk";

    private final FakeUsers users = new FakeUsers().with("anna", BUERGERAMT).with("bert", JOBCENTER).with("rita", BUERGERAMT);
    private JpaRiskNoticeService notices;

    @BeforeEach
    void service() {
        notices = new JpaRiskNoticeService(db.jpa, audit, users, events, clock);
    }

    private static RiskNotice notice(String unit, String from, String until) {
        RiskNotice n = new RiskNotice();
        n.title = "Aggressiver Kunde mit Hausverbot";
        n.unit = unit;
        n.watchFor = "Mann, ca. 50, versucht trotz Hausverbot vorzusprechen";
        n.whatToDo = "Nicht allein bedienen, Sicherheitsdienst 1234 rufen";
        n.validFrom = OffsetDateTime.parse(from);
        n.validUntil = OffsetDateTime.parse(until);
        return n;
    }

    @Test
    void employeesSeeTheNoticesInForceForTheirUnitsOnly() {
        long incident = reportSample(ANNA).id;
        RiskNotice forAnna = notice(BUERGERAMT, "2026-11-20T00:00:00+01:00", "2026-12-20T00:00:00+01:00");
        forAnna.incidentIds = List.of(incident);
        RiskNotice current = notices.create(SAM, forAnna);
        RiskNotice expired = notices.create(SAM, notice(BUERGERAMT, "2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00"));
        RiskNotice future = notices.create(SAM, notice(BUERGERAMT, "2026-12-01T00:00:00+01:00", "2026-12-31T00:00:00+01:00"));
        RiskNotice forBert = notices.create(SAM, notice(JOBCENTER, "2026-11-01T00:00:00+01:00", "2026-12-31T00:00:00+01:00"));
        RiskNotice building = notice(null, "2026-11-01T00:00:00+01:00", "2026-12-31T00:00:00+01:00");
        building.location = new Location("Laurenzplatz 4", null, null, null);
        RiskNotice forEveryone = notices.create(SAM, building);

        assertThat(current.inForce).isTrue();
        assertThat(current.incidentIds).containsExactly(incident);
        assertThat(expired.inForce).isFalse();
        assertThat(notices.listInForceFor(ANNA)).extracting(n -> n.id).containsExactlyInAnyOrder(current.id, forEveryone.id);
        assertThat(notices.listInForceFor(RITA)).extracting(n -> n.id).containsExactlyInAnyOrder(current.id, forEveryone.id);
        assertThat(notices.listInForceFor(BERT)).extracting(n -> n.id).containsExactlyInAnyOrder(forBert.id, forEveryone.id);
        assertThat(notices.listInForceFor(SAM)).extracting(n -> n.id)
            .containsExactlyInAnyOrder(current.id, forBert.id, forEveryone.id);

        assertThat(notices.get(ANNA, current.id).title).isEqualTo("Aggressiver Kunde mit Hausverbot");
        assertThatThrownBy(() -> notices.get(ANNA, forBert.id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notices.get(ANNA, expired.id)).isInstanceOf(NotFoundException.class);
        assertThat(notices.get(SAM, expired.id).inForce).isFalse();

        clock.set("2026-12-05T12:00:00Z");
        assertThat(notices.listInForceFor(ANNA)).extracting(n -> n.id)
            .containsExactlyInAnyOrder(current.id, future.id, forEveryone.id);
        clock.set("2026-12-20T00:00:00+01:00".replace("+01:00", "Z"));
        assertThat(notices.listInForceFor(ANNA)).as("expired notices vanish").extracting(n -> n.id)
            .containsExactlyInAnyOrder(future.id, forEveryone.id);

        Page<RiskNotice> all = notices.list(SAM, 0, 50);
        assertThat(all.total).as("security managers keep all").isEqualTo(5);
        assertThat(all.items.get(0).validUntil).isEqualTo(OffsetDateTime.parse("2026-12-30T23:00:00Z"));
    }

    @Test
    void someoneWithoutAProfileSeesOnlyNoticesWithoutAUnit() {
        notices.create(SAM, notice(BUERGERAMT, "2026-11-20T00:00:00+01:00", "2026-12-20T00:00:00+01:00"));
        assertThat(notices.listInForceFor(new de.koeln.zks.platform.api.Caller("neu", List.of("employee")))).isEmpty();
    }

    @Test
    void onlySecurityManagementPublishesAndListsAll() {
        RiskNotice n = notice(BUERGERAMT, "2026-11-20T00:00:00+01:00", "2026-12-20T00:00:00+01:00");
        assertThatThrownBy(() -> notices.create(ANNA, n)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> notices.list(ANNA, 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThat(notices.create(ADA, n).createdBy).isEqualTo("ada");
        assertThat(notices.listInForceFor(RITA)).hasSize(1);
    }

    @Test
    void publishingIsAuditedAndAnnouncedAndUpdatesAreLocked() {
        RiskNotice created = notices.create(SAM, notice(BUERGERAMT, "2026-11-20T00:00:00+01:00", "2026-12-20T00:00:00+01:00"));
        assertThat(created.version).isEqualTo(1L);
        assertThat(audit.of(AuditAction.CREATE)).singleElement().satisfies(l -> assertThat(l.recordType()).isEqualTo("notice"));
        assertThat(events.on(IncidentEvents.NOTICE_PUBLISHED)).singleElement().satisfies(e -> {
            assertThat(e.getProperty(IncidentEvents.ID)).isEqualTo(created.id);
            assertThat(e.getProperty(IncidentEvents.UNIT)).isEqualTo(BUERGERAMT);
        });

        clock.advance(Duration.ofHours(1));
        RiskNotice change = notice(BUERGERAMT, "2026-11-20T00:00:00+01:00", "2026-11-27T10:30:00Z");
        RiskNotice updated = notices.update(SAM, created.id, change, 1L);
        assertThat(updated.version).isEqualTo(2L);
        assertThat(updated.inForce).isFalse();
        assertThatThrownBy(() -> notices.update(SAM, created.id, change, 1L)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> notices.update(SAM, 999, change, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void linkedIncidentsMustExist() {
        long incident = reportSample(ANNA).id;
        RiskNotice n = notice(BUERGERAMT, "2026-11-20T00:00:00+01:00", "2026-12-20T00:00:00+01:00");
        n.incidentIds = List.of(incident, 9999L);
        assertThatThrownBy(() -> notices.create(SAM, n)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field).containsExactly("incidentIds[1]"));
        assertThat(notices.list(SAM, 0, 10).total).isZero();
    }
}
