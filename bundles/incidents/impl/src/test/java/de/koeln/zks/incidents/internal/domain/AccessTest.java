package de.koeln.zks.incidents.internal.domain;

import static de.koeln.zks.incidents.internal.testing.Fixtures.ADA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.RITA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.NotFoundException;

class AccessTest {

    @Test
    void employeesSeeOnlyTheirOwnReportsManagersSeeAll() {
        assertThat(Access.maySee(ANNA, "anna")).isTrue();
        assertThat(Access.maySee(ANNA, "bert")).isFalse();
        assertThat(Access.maySee(ANNA, null)).isFalse();
        assertThat(Access.maySee(SAM, "anna")).isTrue();
        assertThat(Access.maySee(ADA, null)).isTrue();
    }

    @Test
    void rolesOfReportingAndTriage() {
        assertThatCode(() -> Access.requireReporting(ANNA)).doesNotThrowAnyException();
        assertThatCode(() -> Access.requireReporting(SAM)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Access.requireReporting(RITA)).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> Access.requireStaff(RITA)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Access.requireManager(ANNA, "export")).isInstanceOf(ForbiddenException.class)
            .hasMessageContaining("export");
        assertThatCode(() -> Access.requireManager(ADA, "export")).doesNotThrowAnyException();
    }

    @Test
    void theReporterMayChangeOnlyWhileReportedManagersUntilFinal() {
        assertThatCode(() -> Access.checkUpdate(ANNA, 1, "anna", IncidentStatus.REPORTED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Access.checkUpdate(ANNA, 1, "anna", IncidentStatus.IN_REVIEW))
            .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Access.checkUpdate(BERT, 1, "anna", IncidentStatus.REPORTED))
            .isInstanceOf(NotFoundException.class);
        assertThatCode(() -> Access.checkUpdate(SAM, 1, "anna", IncidentStatus.MEASURES_TAKEN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Access.checkUpdate(SAM, 1, "anna", IncidentStatus.CLOSED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Access.checkUpdate(ADA, 1, "anna", IncidentStatus.REJECTED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void witnessDetailsAndReporterAreHiddenFromOthers() {
        assertThat(Access.redact(incident(), BERT)).satisfies(i -> {
            assertThat(i.reportedBy).isNull();
            assertThat(i.witnessDetails).isNull();
            assertThat(i.description).isEqualTo("Beleidigung");
        });
        assertThat(Access.redact(incident(), ANNA).witnessDetails).isEqualTo("Frau K., Tel. 123");
        assertThat(Access.redact(incident(), SAM).reportedBy).isEqualTo("anna");
    }

    @Test
    void employeesFilterOnlyOverTheirOwnReports() {
        IncidentQuery asked = new IncidentQuery();
        asked.reportedBy = "bert";
        asked.levels.add(2);
        IncidentQuery q = Access.restrict(ANNA, asked);
        assertThat(q.reportedBy).isEqualTo("anna");
        assertThat(q.levels).containsExactly(2);
        assertThat(asked.reportedBy).as("the caller's filter is not changed").isEqualTo("bert");
        assertThat(Access.restrict(SAM, asked).reportedBy).isEqualTo("bert");
        assertThat(Access.restrict(SAM, null).units).isEmpty();
        IncidentQuery nullSets = new IncidentQuery();
        nullSets.kinds = null;
        assertThat(Access.restrict(SAM, nullSets).kinds).isEmpty();
        assertThat(Set.copyOf(Access.restrict(ANNA, null).statuses)).isEmpty();
    }

    private static Incident incident() {
        Incident i = new Incident();
        i.reportedBy = "anna";
        i.witnessDetails = "Frau K., Tel. 123";
        i.description = "Beleidigung";
        return i;
    }
}
