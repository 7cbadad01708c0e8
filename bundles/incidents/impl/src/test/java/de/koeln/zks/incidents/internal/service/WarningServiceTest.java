package de.koeln.zks.incidents.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.CheckPurpose;
import de.koeln.zks.incidents.api.CheckQuery;
import de.koeln.zks.incidents.api.CheckStatistics;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.Warning;
import de.koeln.zks.incidents.api.WarningCheck;
import de.koeln.zks.incidents.api.WarningCheckRecord;
import de.koeln.zks.incidents.api.WarningCheckResult;
import de.koeln.zks.incidents.api.WarningQuery;
import de.koeln.zks.incidents.api.WarningReview;
import de.koeln.zks.incidents.api.WarningService.Housekeeping;
import de.koeln.zks.incidents.api.WarningStatus;
import de.koeln.zks.incidents.internal.testing.Configs;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.Roles;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;

/** The warning register: four eyes, the minimal check and its audit, expiry, erasure and reviews on a controlled clock. */
class WarningServiceTest extends ServiceTestBase {
    static final Caller SOPHIE = new Caller("sophie", Set.of(Roles.SECURITY_MANAGER));
    static final LocalDate BIRTH = LocalDate.parse("1980-02-03");

    JpaWarningService warnings;
    long incidentId;

    @BeforeEach
    void startRegister() {
        warnings = new JpaWarningService(db.jpa, audit, events, clock,
            JpaWarningService.Settings.of(Configs.incidents(Map.of("warningEraseDays", 30, "checkRetentionDays", 365))));
        incidentId = reportSample(Fixtures.ANNA).id;
    }

    Warning proposal(String name, int level) {
        Warning w = new Warning();
        w.name = name;
        w.birthDate = BIRTH;
        w.level = level;
        w.kind = IncidentKind.THREAT;
        w.advice = "Termine nur zu zweit";
        w.expiresOn = LocalDate.parse("2027-11-01");
        w.incidents = List.of(incidentId);
        return w;
    }

    Warning active(String name, int level) {
        Warning proposed = warnings.propose(Fixtures.SAM, proposal(name, level));
        return warnings.approve(SOPHIE, proposed.id, null);
    }

    static WarningCheck check(String name, LocalDate birthDate, CheckPurpose purpose) {
        WarningCheck c = new WarningCheck();
        c.name = name;
        c.birthDate = birthDate;
        c.purpose = purpose;
        return c;
    }

    @Test
    void aProposalIsInvisibleToChecksUntilASecondSecurityManagerApprovesIt() {
        Warning proposed = warnings.propose(Fixtures.SAM, proposal("Jürgen Müller", 2));
        assertThat(proposed.status).isEqualTo(WarningStatus.PROPOSED);
        assertThat(proposed.proposedBy).isEqualTo("sam");
        assertThat(proposed.reviewOn).isEqualTo(LocalDate.parse("2027-11-01"));
        assertThat(proposed.legalBasis).isNotBlank();
        assertThat(warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.COUNTER_APPOINTMENT)).warning)
            .isFalse();

        assertThatThrownBy(() -> warnings.approve(Fixtures.SAM, proposed.id, null))
            .isInstanceOf(ForbiddenException.class).hasMessageContaining("Four eyes");
        assertThatThrownBy(() -> warnings.reject(Fixtures.SAM, proposed.id, "doch nicht", null))
            .isInstanceOf(ForbiddenException.class);

        Warning approved = warnings.approve(SOPHIE, proposed.id, proposed.version);
        assertThat(approved.status).isEqualTo(WarningStatus.ACTIVE);
        assertThat(approved.decidedBy).isEqualTo("sophie");
        assertThatThrownBy(() -> warnings.approve(Fixtures.ADA, proposed.id, null)).isInstanceOf(ConflictException.class);

        WarningCheckResult found = warnings.check(Fixtures.ANNA, check("Juergen Mueller", BIRTH, CheckPurpose.COUNTER_APPOINTMENT));
        assertThat(found.warning).isTrue();
        assertThat(found.level).isEqualTo(2);
        assertThat(found.advice).isEqualTo("Termine nur zu zweit");
        assertThat(found.fuzzy).isFalse();
        assertThat(events.on(IncidentEvents.WARNING_CHANGED)).hasSize(2)
            .allSatisfy(e -> assertThat(e.getPropertyNames()).doesNotContain("name"));
    }

    @Test
    void aRejectionNeedsAReasonAndAnotherSecurityManager() {
        Warning proposed = warnings.propose(Fixtures.SAM, proposal("Jürgen Müller", 2));
        assertThatThrownBy(() -> warnings.reject(SOPHIE, proposed.id, " ", null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").contains("reason"));
        Warning rejected = warnings.reject(SOPHIE, proposed.id, "Vorfall nicht belegt", null);
        assertThat(rejected.status).isEqualTo(WarningStatus.REJECTED);
        assertThat(rejected.statusReason).isEqualTo("Vorfall nicht belegt");
        assertThat(warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.OTHER)).warning).isFalse();
    }

    @Test
    void staffOnlyCheckAndNeverSeeEntries() {
        Warning entry = active("Jürgen Müller", 2);
        assertThatThrownBy(() -> warnings.propose(Fixtures.ANNA, proposal("X Y", 1))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> warnings.get(Fixtures.ANNA, entry.id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> warnings.list(Fixtures.ANNA, new WarningQuery(), 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> warnings.checks(Fixtures.ANNA, new CheckQuery(), 0, 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> warnings.check(Fixtures.RITA, check("Jürgen Müller", BIRTH, CheckPurpose.OTHER)))
            .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void everyCheckIsAuditedWithItsPurposeAlsoWhenItFindsNothing() {
        Warning entry = active("Jürgen Müller", 2);
        warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.HOME_VISIT));
        clock.advance(Duration.ofMinutes(1));
        warnings.check(Fixtures.BERT, check("Erika Mustermann", BIRTH, CheckPurpose.COUNTER_APPOINTMENT));

        Page<WarningCheckRecord> checks = warnings.checks(Fixtures.SAM, new CheckQuery(), 0, 10);
        assertThat(checks.total).isEqualTo(2);
        WarningCheckRecord newest = checks.items.get(0);
        assertThat(newest.checkedBy).isEqualTo("bert");
        assertThat(newest.name).isEqualTo("Erika Mustermann");
        assertThat(newest.purpose).isEqualTo(CheckPurpose.COUNTER_APPOINTMENT);
        assertThat(newest.warning).isFalse();
        WarningCheckRecord first = checks.items.get(1);
        assertThat(first.checkedBy).isEqualTo("anna");
        assertThat(first.purpose).isEqualTo(CheckPurpose.HOME_VISIT);
        assertThat(first.warning).isTrue();
        assertThat(first.matched).containsExactly(entry.id);

        CheckQuery whoCheckedThisPerson = new CheckQuery();
        whoCheckedThisPerson.warning = entry.id;
        assertThat(warnings.checks(Fixtures.SAM, whoCheckedThisPerson, 0, 10).items).extracting(c -> c.checkedBy)
            .containsExactly("anna");
        assertThat(audit.of(AuditAction.READ_PERSONAL)).filteredOn(l -> l.recordType().equals("warning-check")
                && l.actor().equals("anna"))
            .singleElement().satisfies(l -> assertThat(l.detail()).contains("HOME_VISIT").doesNotContain("Müller"));

        CheckStatistics stats = warnings.checkStatistics(Fixtures.SAM, new CheckQuery());
        assertThat(stats.total).isEqualTo(2);
        assertThat(stats.warnings).isEqualTo(1);
        assertThat(stats.fuzzy).isZero();
        assertThat(stats.checkers).isEqualTo(2);
        assertThat(stats.byPurpose).containsEntry(CheckPurpose.HOME_VISIT, 1L).containsEntry(CheckPurpose.ENFORCEMENT, 0L);
    }

    @Test
    void spellingVariantsAndSwappedBirthDatesAreFoundButMarkedFuzzy() {
        active("Jürgen Müller", 2);
        assertThat(warnings.check(Fixtures.ANNA, check("MÜLLER, Jürgen", BIRTH, CheckPurpose.OTHER)).fuzzy).isFalse();
        assertThat(warnings.check(Fixtures.ANNA, check("Jurgen Muller", BIRTH, CheckPurpose.OTHER)).fuzzy).isTrue();
        WarningCheckResult swapped = warnings.check(Fixtures.ANNA, check("Jürgen Müller", LocalDate.parse("1980-03-02"),
            CheckPurpose.OTHER));
        assertThat(swapped.warning).isTrue();
        assertThat(swapped.fuzzy).isTrue();
        assertThat(warnings.check(Fixtures.ANNA, check("Jürgen Müller", LocalDate.parse("1981-02-03"), CheckPurpose.OTHER))
            .warning).isFalse();
        assertThat(warnings.check(Fixtures.ANNA, check("Peter Schmidt", BIRTH, CheckPurpose.OTHER)).warning).isFalse();
    }

    @Test
    void aFileReferenceIdentifiesThePersonEvenWithoutABirthDate() {
        Warning w = proposal("Jürgen Müller", 3);
        w.birthDate = null;
        w.fileReference = "32-1/2026/0815";
        Warning entry = warnings.approve(SOPHIE, warnings.propose(Fixtures.SAM, w).id, null);
        WarningCheck byFile = check("Juergen Mueller", null, CheckPurpose.ENFORCEMENT);
        byFile.fileReference = "32-1 2026 0815";
        WarningCheckResult result = warnings.check(Fixtures.ANNA, byFile);
        assertThat(result.warning).isTrue();
        assertThat(result.level).isEqualTo(3);
        // the name is the same, but nothing confirms the identity: only a birth date was checked
        assertThat(warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.OTHER)).fuzzy).isTrue();
        assertThat(entry.fileReference).isEqualTo("32-1/2026/0815");
    }

    @Test
    void theMostSevereEntryAnswersAndTheAdviceSaysWhatToAvoid() {
        active("Jürgen Müller", 1);
        Warning severe = proposal("Juergen Mueller", 3);
        severe.advice = "Nicht allein empfangen";
        severe.avoid = "Hausbesuche";
        warnings.approve(SOPHIE, warnings.propose(Fixtures.SAM, severe).id, null);
        WarningCheckResult result = warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.HOME_VISIT));
        assertThat(result.level).isEqualTo(3);
        assertThat(result.advice).isEqualTo("Nicht allein empfangen Zu vermeiden: Hausbesuche");
    }

    @Test
    void entriesExpireOnTheirDateAndAreErasedAfterTheConfiguredPeriod() {
        Warning entry = active("Jürgen Müller", 2);
        clock.set("2027-11-01T08:00:00Z");
        assertThat(warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.OTHER)).warning)
            .as("an entry is not found from its expiry date on, before housekeeping has run").isFalse();
        Housekeeping first = warnings.housekeeping(Caller.SYSTEM);
        assertThat(first.expired()).isEqualTo(1);
        assertThat(warnings.get(Fixtures.SAM, entry.id).status).isEqualTo(WarningStatus.EXPIRED);
        assertThat(events.on(IncidentEvents.WARNING_CHANGED)).last()
            .satisfies(e -> assertThat(e.getProperty(IncidentEvents.STATUS)).isEqualTo("EXPIRED"));

        clock.advance(Duration.ofDays(29));
        assertThat(warnings.housekeeping(Caller.SYSTEM).erasedEntries()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(warnings.housekeeping(Caller.SYSTEM).erasedEntries()).isEqualTo(1);
        assertThatThrownBy(() -> warnings.get(Fixtures.SAM, entry.id)).isInstanceOf(NotFoundException.class);
        assertThat(audit.of(AuditAction.ERASE)).extracting(l -> l.recordId()).contains(String.valueOf(entry.id));
    }

    @Test
    void checksAreErasedAfterTheirRetention() {
        warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.OTHER));
        clock.advance(Duration.ofDays(364));
        assertThat(warnings.housekeeping(Caller.SYSTEM).erasedChecks()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(warnings.housekeeping(Caller.SYSTEM).erasedChecks()).isEqualTo(1);
        assertThat(warnings.checks(Fixtures.SAM, new CheckQuery(), 0, 10).total).isZero();
    }

    @Test
    void dueReviewsAreListedRemindedOnceAndRecorded() {
        Warning w = proposal("Jürgen Müller", 2);
        w.reviewOn = LocalDate.parse("2027-02-01");
        Warning entry = warnings.approve(SOPHIE, warnings.propose(Fixtures.SAM, w).id, null);
        WarningQuery due = new WarningQuery();
        due.reviewDue = true;
        assertThat(warnings.list(Fixtures.SAM, due, 0, 10).total).isZero();

        clock.set("2027-02-01T06:00:00Z");
        assertThat(warnings.list(Fixtures.SAM, due, 0, 10).items).extracting(x -> x.id).containsExactly(entry.id);
        assertThat(warnings.housekeeping(Caller.SYSTEM).reviewsReminded()).isEqualTo(1);
        assertThat(warnings.housekeeping(Caller.SYSTEM).reviewsReminded()).isZero();
        assertThat(events.on(IncidentEvents.WARNING_REVIEW_DUE)).hasSize(1);

        WarningReview longer = new WarningReview();
        longer.reviewOn = LocalDate.parse("2027-08-01");
        longer.expiresOn = LocalDate.parse("2028-01-01");
        assertThatThrownBy(() -> warnings.review(SOPHIE, entry.id, longer, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").contains("expiresOn"));
        WarningReview review = new WarningReview();
        review.reviewOn = LocalDate.parse("2027-08-01");
        Warning reviewed = warnings.review(SOPHIE, entry.id, review, null);
        assertThat(reviewed.reviewedBy).isEqualTo("sophie");
        assertThat(reviewed.reviewDue).isFalse();
        assertThat(warnings.list(Fixtures.SAM, due, 0, 10).total).isZero();
    }

    @Test
    void aWithdrawnEntryIsNoLongerFound() {
        Warning entry = active("Jürgen Müller", 2);
        Warning withdrawn = warnings.withdraw(Fixtures.SAM, entry.id, "Verfahren eingestellt", null);
        assertThat(withdrawn.status).isEqualTo(WarningStatus.WITHDRAWN);
        assertThat(warnings.check(Fixtures.ANNA, check("Jürgen Müller", BIRTH, CheckPurpose.OTHER)).warning).isFalse();
        assertThatThrownBy(() -> warnings.withdraw(Fixtures.SAM, entry.id, "nochmal", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void badProposalsAndChecksNameTheirFields() {
        Warning w = proposal("  ", 0);
        w.birthDate = null;
        w.incidents = List.of(incidentId, 99_999L);
        w.expiresOn = LocalDate.parse("2031-01-01");
        assertThatThrownBy(() -> warnings.propose(Fixtures.SAM, w))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                .contains("name", "birthDate", "level", "expiresOn"));
        Warning unknownIncident = proposal("Jürgen Müller", 2);
        unknownIncident.incidents = List.of(incidentId, 99_999L);
        assertThatThrownBy(() -> warnings.propose(Fixtures.SAM, unknownIncident))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                .containsExactly("incidents[1]"));
        Warning noIncidents = proposal("Jürgen Müller", 2);
        noIncidents.incidents = List.of();
        assertThatThrownBy(() -> warnings.propose(Fixtures.SAM, noIncidents))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                .containsExactly("incidents"));

        assertThatThrownBy(() -> warnings.check(Fixtures.ANNA, check("Jürgen Müller", null, null)))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                .containsExactlyInAnyOrder("birthDate", "purpose"));
        assertThat(warnings.checks(Fixtures.SAM, new CheckQuery(), 0, 10).total).as("a refused check is not logged").isZero();
    }
}
