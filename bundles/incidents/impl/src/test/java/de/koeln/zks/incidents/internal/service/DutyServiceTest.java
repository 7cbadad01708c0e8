package de.koeln.zks.incidents.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Duty;
import de.koeln.zks.incidents.api.DutyOwner;
import de.koeln.zks.incidents.api.DutyQuery;
import de.koeln.zks.incidents.api.DutyRules;
import de.koeln.zks.incidents.api.DutyState;
import de.koeln.zks.incidents.api.DutyUpdate;
import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;
import de.koeln.zks.platform.api.problem.ValidationException;

/** The duties per Aachener level: attached to reports, adjusted with them, marked, listed and reminded. */
class DutyServiceTest extends ServiceTestBase {

    static IncidentInput incident(IncidentKind kind, Integer level) {
        IncidentInput in = Fixtures.sample();
        in.kind = kind;
        in.level = level;
        return in;
    }

    List<String> codes(long incidentId) {
        return duties.duties(Fixtures.SAM, incidentId).stream().map(d -> d.code).toList();
    }

    Duty duty(long incidentId, String code) {
        return duties.duties(Fixtures.SAM, incidentId).stream().filter(d -> d.code.equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aLevelTwoThreatGetsSupervisorAftercareAndComplaintWithTheirDueTimes() {
        Incident threat = report(Fixtures.ANNA, incident(IncidentKind.THREAT, 2));
        assertThat(codes(threat.id)).containsExactly("supervisor", "aftercare", "complaint");

        Duty supervisor = duty(threat.id, "supervisor");
        assertThat(supervisor.owner).isEqualTo(DutyOwner.SUPERVISOR);
        assertThat(supervisor.state).isEqualTo(DutyState.OPEN);
        assertThat(supervisor.dueAt).isEqualTo(OffsetDateTime.parse("2026-11-28T10:00:00Z"));
        assertThat(supervisor.unit).isEqualTo("Bürgeramt Innenstadt");
        assertThat(supervisor.level).isEqualTo(2);
        // psychological first support counts from the incident (2026-11-20T10:15+01:00): already overdue
        Duty aftercare = duty(threat.id, "aftercare");
        assertThat(aftercare.dueAt).isEqualTo(OffsetDateTime.parse("2026-11-22T09:15:00Z"));
        assertThat(aftercare.overdue).isTrue();
        assertThat(duty(threat.id, "complaint").dueAt).isEqualTo(OffsetDateTime.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void lowLevelsGetNoDutiesAndLevelThreeNotifiesTheSecurityManagement() {
        assertThat(codes(report(Fixtures.ANNA, incident(IncidentKind.INSULT, 1)).id)).isEmpty();
        assertThat(codes(report(Fixtures.ANNA, incident(IncidentKind.WEAPON, 3)).id))
            .containsExactly("security-management", "supervisor", "aftercare", "complaint");
    }

    @Test
    void anOffenceProsecutedOnRequestGetsTheThreeMonthDeadlineWithAnEarlyReminder() {
        Incident insult = report(Fixtures.ANNA, incident(IncidentKind.INSULT, 2));
        assertThat(codes(insult.id)).containsExactly("supervisor", "aftercare", "complaint-request");
        Duty request = duty(insult.id, "complaint-request");
        assertThat(request.dueAt).isEqualTo(OffsetDateTime.parse("2027-02-20T09:15:00Z"));
        assertThat(request.remindAt).isEqualTo(OffsetDateTime.parse("2027-02-06T09:15:00Z"));
        assertThat(request.title).contains("§ 77b StGB");
    }

    @Test
    void moreThanThreeDaysOfIncapacityNeedAnAccidentReport() {
        IncidentInput in = incident(IncidentKind.PHYSICAL_ASSAULT, 2);
        in.incapacityDays = 5;
        assertThat(codes(report(Fixtures.ANNA, in).id)).contains("accident");
        IncidentInput suspected = incident(IncidentKind.PHYSICAL_ASSAULT, 2);
        suspected.incapacityDays = 0;
        suspected.accidentReportDue = true;
        assertThat(codes(report(Fixtures.ANNA, suspected).id)).contains("accident");
    }

    @Test
    void whatTheReportSaysIsDoneIsDoneAndAChangedReportAdjustsItsDuties() {
        IncidentInput in = incident(IncidentKind.THREAT, 2);
        in.criminalComplaintFiled = true;
        Incident threat = report(Fixtures.ANNA, in);
        Duty complaint = duty(threat.id, "complaint");
        assertThat(complaint.state).isEqualTo(DutyState.DONE);
        assertThat(complaint.doneBy).isEqualTo("system");

        IncidentInput lower = incident(IncidentKind.THREAT, 1);
        incidents.update(Fixtures.SAM, threat.id, lower, null);
        assertThat(duty(threat.id, "supervisor").state).isEqualTo(DutyState.NOT_NEEDED);
        assertThat(duty(threat.id, "complaint").state).as("done stays done").isEqualTo(DutyState.DONE);

        incidents.update(Fixtures.SAM, threat.id, incident(IncidentKind.THREAT, 2), null);
        assertThat(duty(threat.id, "supervisor").state).as("applies again").isEqualTo(DutyState.OPEN);
        assertThat(codes(threat.id)).doesNotHaveDuplicates();
    }

    @Test
    void aDraftHasNoDutiesUntilItIsSubmittedAndARejectedReportNeedsNone() {
        Incident draft = incidents.draft(Caller.SYSTEM, "anna", incident(IncidentKind.THREAT, 2), "alarm-1");
        assertThat(codes(draft.id)).isEmpty();
        incidents.changeStatus(Fixtures.ANNA, draft.id, new StatusRequest(IncidentStatus.REPORTED, null), null);
        assertThat(codes(draft.id)).containsExactly("supervisor", "aftercare", "complaint");
        Duty supervisor = duty(draft.id, "supervisor");
        assertThat(supervisor.dueAt).as("counted from the submission").isEqualTo(OffsetDateTime.parse("2026-11-28T10:00:00Z"));

        incidents.changeStatus(Fixtures.SAM, draft.id, new StatusRequest(IncidentStatus.REJECTED, "Doppelmeldung"), null);
        assertThat(duties.duties(Fixtures.SAM, draft.id)).extracting(d -> d.state).containsOnly(DutyState.NOT_NEEDED);
    }

    @Test
    void aLevelLeftOutIsTheOneTheRulesSuggest() {
        Incident threat = report(Fixtures.ANNA, incident(IncidentKind.PROPERTY_DAMAGE, null));
        assertThat(threat.level).isEqualTo(2);
        assertThat(threat.suggestedLevel).isEqualTo(2);
        Incident lower = report(Fixtures.ANNA, incident(IncidentKind.PROPERTY_DAMAGE, 1));
        assertThat(lower.level).isEqualTo(1);
        assertThat(lower.suggestedLevel).isEqualTo(2);
    }

    @Test
    void managementMarksDutiesAndWhoSeesTheIncidentSeesItsDuties() {
        Incident threat = report(Fixtures.ANNA, incident(IncidentKind.THREAT, 2));
        Duty supervisor = duty(threat.id, "supervisor");
        DutyUpdate notNeeded = new DutyUpdate();
        notNeeded.state = DutyState.NOT_NEEDED;
        assertThatThrownBy(() -> duties.update(Fixtures.SAM, threat.id, supervisor.id, notNeeded, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field").containsExactly("note"));
        DutyUpdate done = new DutyUpdate();
        done.state = DutyState.DONE;
        done.note = "telefonisch informiert";
        assertThatThrownBy(() -> duties.update(Fixtures.ANNA, threat.id, supervisor.id, done, null))
            .isInstanceOf(ForbiddenException.class);
        Duty marked = duties.update(Fixtures.SAM, threat.id, supervisor.id, done, supervisor.version);
        assertThat(marked.state).isEqualTo(DutyState.DONE);
        assertThat(marked.doneBy).isEqualTo("sam");
        assertThatThrownBy(() -> duties.update(Fixtures.SAM, threat.id + 1, supervisor.id, done, null))
            .isInstanceOf(NotFoundException.class);

        assertThat(duties.duties(Fixtures.ANNA, threat.id)).hasSize(3);
        assertThatThrownBy(() -> duties.duties(Fixtures.BERT, threat.id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void overdueDutiesAreListedByDueTimeAndRemindedOnce() {
        Incident threat = report(Fixtures.ANNA, incident(IncidentKind.THREAT, 2));
        DutyQuery overdue = new DutyQuery();
        overdue.overdue = true;
        assertThat(duties.list(Fixtures.SAM, overdue, 0, 10).items).extracting(d -> d.code).containsExactly("aftercare");

        assertThat(duties.remind(Caller.SYSTEM)).isEqualTo(1);
        assertThat(duties.remind(Caller.SYSTEM)).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(duties.list(Fixtures.SAM, overdue, 0, 10).items).extracting(d -> d.code)
            .containsExactly("aftercare", "supervisor");
        assertThat(duties.remind(Caller.SYSTEM)).isEqualTo(1);
        assertThat(events.on(IncidentEvents.DUTY_DUE)).hasSize(2).allSatisfy(e -> {
            assertThat(e.getProperty(IncidentEvents.ID)).isEqualTo(threat.id);
            assertThat(e.getProperty(IncidentEvents.OVERDUE)).isEqualTo(true);
        });
        assertThatThrownBy(() -> duties.list(Fixtures.ANNA, overdue, 0, 10)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aBacklogLargerThanOneTransactionIsRemindedCompletelyAndOnce() {
        int incidents = JpaDutyService.REMIND_BATCH + 5;
        for (int i = 0; i < incidents; i++) {
            report(Fixtures.ANNA, incident(IncidentKind.THREAT, 2)); // aftercare: overdue at once
        }
        assertThat(duties.remind(Caller.SYSTEM)).isEqualTo(incidents);
        assertThat(events.on(IncidentEvents.DUTY_DUE)).hasSize(incidents)
            .extracting(e -> e.getProperty(IncidentEvents.DUTY_ID)).doesNotHaveDuplicates();
        assertThat(duties.remind(Caller.SYSTEM)).isZero();
        assertThat(events.on(IncidentEvents.DUTY_DUE)).hasSize(incidents);
    }

    @Test
    void anEarlyReminderGoesOutBeforeTheDeadlineAndAnotherWhenItPasses() {
        report(Fixtures.ANNA, incident(IncidentKind.INSULT, 2));
        duties.remind(Caller.SYSTEM); // aftercare, already overdue
        events.posted.clear();
        clock.set("2027-02-07T00:00:00Z");
        duties.remind(Caller.SYSTEM);
        assertThat(events.on(IncidentEvents.DUTY_DUE)).filteredOn(e -> "complaint-request".equals(e.getProperty(IncidentEvents.DUTY)))
            .singleElement().satisfies(e -> assertThat(e.getProperty(IncidentEvents.OVERDUE)).isEqualTo(false));
        events.posted.clear();
        clock.set("2027-02-21T00:00:00Z");
        duties.remind(Caller.SYSTEM);
        assertThat(events.on(IncidentEvents.DUTY_DUE)).filteredOn(e -> "complaint-request".equals(e.getProperty(IncidentEvents.DUTY)))
            .singleElement().satisfies(e -> assertThat(e.getProperty(IncidentEvents.OVERDUE)).isEqualTo(true));
    }

    @Test
    void theRulesInForceAreOpenToStaffAndABrokenConfigurationKeepsThem() {
        DutyRules shown = duties.rules(Fixtures.RITA);
        assertThat(shown.suggestedLevels).containsEntry(IncidentKind.WEAPON, 3).containsEntry(IncidentKind.INSULT, 1);
        assertThat(shown.duties).extracting(r -> r.code).contains("supervisor", "accident");
        assertThat(shown.duties).filteredOn(r -> r.code.equals("accident")).singleElement()
            .satisfies(r -> assertThat(r.when).contains("incapacityDays"));

        rules.configure(Map.of("level.INSULT", "2", "duty.supervisor.title", "X", "duty.supervisor.when", "levle>=2",
            "duty.supervisor.due", "PT24H"));
        assertThat(duties.rules(Fixtures.RITA).suggestedLevels).as("refused as a whole").containsEntry(IncidentKind.INSULT, 1);

        rules.configure(Map.of("level.PROPERTY_DAMAGE", "1", "duty.talk.title", "Gespräch", "duty.talk.when", "level>=1",
            "duty.talk.due", "P1D"));
        assertThat(duties.rules(Fixtures.RITA).suggestedLevels).containsEntry(IncidentKind.PROPERTY_DAMAGE, 1);
        assertThat(codes(report(Fixtures.ANNA, incident(IncidentKind.INSULT, 1)).id)).containsExactly("talk");
    }
}
