package de.koeln.zks.inspections.internal.service;

import static de.koeln.zks.inspections.internal.service.InspectionServiceTest.SAM;
import static de.koeln.zks.inspections.internal.service.InspectionServiceTest.answer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.inspections.api.AnswerResult;
import de.koeln.zks.inspections.api.FollowUp;
import de.koeln.zks.inspections.api.Inspection;

/** A re-inspection shows which findings of the inspection before it are resolved, and resolves them on completion. */
class FollowUpTest {
    final Fixture fx = new Fixture("2027-01-20T08:00:00Z");

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void aReinspectionShowsWhichFindingsAreResolvedAndMarksThemOnCompletion() {
        long first = fx.plan("2027-01-20").id;
        fx.inspections.answer(SAM, first, "alarm", answer(AnswerResult.DEFICIENT, "Kein Alarmtaster"), null);
        fx.inspections.answer(SAM, first, "escape", answer(AnswerResult.DEFICIENT, "Fluchttür verstellt"), null);
        Inspection done = fx.inspections.complete(SAM, first, null);
        assertThat(done.findings).hasSize(2);
        assertThat(done.previousFindings).as("a first inspection has none").isEmpty();

        Inspection again = fx.inspections.reinspect(SAM, first, LocalDate.parse("2027-04-20"));
        assertThat(again.previous).isEqualTo(first);
        assertThat(again.previousFindings).extracting(f -> f.finding.item + " " + f.status)
            .containsExactlyInAnyOrder("alarm NOT_CHECKED_YET", "escape NOT_CHECKED_YET");

        fx.clock.advance(Duration.ofDays(90));
        fx.inspections.answer(SAM, again.id, "alarm", answer(AnswerResult.OK, "Taster eingebaut"), null);
        Inspection half = fx.inspections.answer(SAM, again.id, "escape", answer(AnswerResult.DEFICIENT, "weiter verstellt"), null);
        assertThat(half.previousFindings).extracting(f -> f.finding.item + " " + f.status)
            .containsExactlyInAnyOrder("alarm RESOLVED", "escape STILL_DEFICIENT");
        assertThat(fx.inspections.findings(SAM, first)).allMatch(f -> f.resolvedBy == null);

        Inspection completed = fx.inspections.complete(SAM, again.id, null);
        assertThat(completed.previousFindings).extracting(f -> f.finding.item + " " + f.finding.resolvedBy)
            .containsExactlyInAnyOrder("alarm " + again.id, "escape null");
        assertThat(fx.inspections.findings(SAM, first)).filteredOn(f -> f.item.equals("alarm")).singleElement()
            .satisfies(f -> assertThat(f.resolvedOn).isEqualTo(LocalDate.parse("2027-04-20")));
        assertThat(completed.findings).extracting(f -> f.item).containsExactly("escape");
        assertThat(FollowUp.values()).contains(FollowUp.NOT_IN_CHECKLIST);
    }
}
