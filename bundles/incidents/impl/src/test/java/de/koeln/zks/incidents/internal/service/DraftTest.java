package de.koeln.zks.incidents.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ApiException;

/** Drafts prepared for an employee (e.g. by a closed silent alarm), completed and submitted by them. */
class DraftTest extends ServiceTestBase {

    @Test
    void theSystemPreparesADraftThatOnlyItsReporterSubmits() {
        Incident draft = incidents.draft(Caller.SYSTEM, "anna", Fixtures.sample(), "alarm-7");
        assertThat(draft.status).isEqualTo(IncidentStatus.DRAFT);
        assertThat(draft.reportedBy).isEqualTo("anna");
        assertThat(incidents.draft(Caller.SYSTEM, "anna", Fixtures.sample(), "alarm-7").id)
            .as("a repeated event makes no second draft").isEqualTo(draft.id);

        assertThat(incidents.list(Fixtures.ANNA, new de.koeln.zks.incidents.api.IncidentQuery(), 0, 50, null).items).extracting(i -> i.id).contains(draft.id);
        assertThatThrownBy(() -> incidents.get(Fixtures.BERT, draft.id))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));

        Incident completed = incidents.update(Fixtures.ANNA, draft.id, Fixtures.sample(), null);
        assertThat(completed.status).isEqualTo(IncidentStatus.DRAFT);
        assertThatThrownBy(() -> incidents.changeStatus(Fixtures.ANNA, draft.id,
                new StatusRequest(IncidentStatus.IN_REVIEW, null), null))
            .as("a reporter only submits").isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(events.on(IncidentEvents.REPORTED)).as("a draft is not reported yet").isEmpty();
        Incident submitted = incidents.changeStatus(Fixtures.ANNA, draft.id, new StatusRequest(IncidentStatus.REPORTED, null), null);
        assertThat(submitted.status).isEqualTo(IncidentStatus.REPORTED);
        assertThat(events.on(IncidentEvents.STATUS_CHANGED)).singleElement()
            .satisfies(e -> assertThat(e.getProperty(IncidentEvents.PREVIOUS_STATUS)).isEqualTo("DRAFT"));
        assertThatThrownBy(() -> incidents.changeStatus(Fixtures.ANNA, draft.id,
                new StatusRequest(IncidentStatus.IN_REVIEW, null), null))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void onlyAdminsPrepareDraftsForOthers() {
        assertThatThrownBy(() -> incidents.draft(Fixtures.BERT, "anna", Fixtures.sample(), null))
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(incidents.draft(Fixtures.BERT, "bert", Fixtures.sample(), null).status).isEqualTo(IncidentStatus.DRAFT);
    }
}
