package de.koeln.zks.inspections.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.koeln.zks.inspections.api.ConsultationUrgency;

/** The response target counts working days, so a request on Friday afternoon is not due on Sunday. */
class ConsultationRulesTest {

    @Test
    void theResponseTargetSkipsWeekends() {
        LocalDate friday = LocalDate.parse("2027-01-22");
        assertThat(ConsultationRules.respondBy(friday, ConsultationUrgency.URGENT)).isEqualTo("2027-01-26");
        assertThat(ConsultationRules.respondBy(friday, ConsultationUrgency.SOON)).isEqualTo("2027-01-29");
        assertThat(ConsultationRules.respondBy(LocalDate.parse("2027-01-23"), ConsultationUrgency.URGENT))
            .as("asked on a Saturday").isEqualTo("2027-01-26");
        assertThat(ConsultationRules.respondBy(friday, ConsultationUrgency.ROUTINE)).isEqualTo("2027-02-05");
    }
}
