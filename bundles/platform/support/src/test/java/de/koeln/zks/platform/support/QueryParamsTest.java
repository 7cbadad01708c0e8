package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ValidationException;

class QueryParamsTest {

    @Test
    void aFlagIsTrueOrFalseAndAnythingElseNamesTheParameter() {
        assertThat(QueryParams.flag("overdue", "true")).isTrue();
        assertThat(QueryParams.flag("overdue", " TRUE ")).isTrue();
        assertThat(QueryParams.flag("overdue", "false")).isFalse();
        assertThat(QueryParams.flag("overdue", null)).isFalse();
        assertThat(QueryParams.flag("overdue", "")).isFalse();
        assertThatThrownBy(() -> QueryParams.flag("overdue", "yes"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field).isEqualTo("overdue"));
    }

    @Test
    void anIdIsAWholeNumberOrAbsent() {
        assertThat(QueryParams.id("course", " 12 ")).isEqualTo(12L);
        assertThat(QueryParams.id("course", "")).isNull();
        assertThatThrownBy(() -> QueryParams.id("course", "zwölf"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field).isEqualTo("course"));
    }

    @Test
    void aPeriodNamedByDatesCoversItsFirstAndLastDayInCologne() {
        // winter: UTC+1
        assertThat(QueryParams.periodStart("from", "2026-11-01")).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00+01:00"));
        assertThat(QueryParams.periodEnd("to", "2026-11-30")).isEqualTo(OffsetDateTime.parse("2026-12-01T00:00:00+01:00"));
        // summer: UTC+2, and the day the clocks go back has 25 hours
        assertThat(QueryParams.periodStart("from", "2026-07-01").toInstant()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(QueryParams.periodEnd("to", "2026-10-25").toInstant()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        // one day: from and to the same date
        assertThat(Duration.between(QueryParams.periodStart("from", "2026-03-10"), QueryParams.periodEnd("to", "2026-03-10")))
            .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aPeriodNamedByDateTimesIsTakenAsGiven() {
        assertThat(QueryParams.periodStart("from", " 2026-11-20T10:15:00+01:00 ")).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:00+01:00"));
        assertThat(QueryParams.periodEnd("to", "2026-11-20T10:15:00Z")).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:00Z"));
        assertThat(QueryParams.periodStart("from", null)).isNull();
        assertThat(QueryParams.periodEnd("to", " ")).isNull();
    }

    @Test
    void anythingElseNamesTheParameterAndBothForms() {
        assertThatThrownBy(() -> QueryParams.periodEnd("to", "30.11.2026"))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.errors().get(0).field).isEqualTo("to");
                assertThat(e.errors().get(0).message).contains("2026-11-20").contains("2026-11-20T10:15:00+01:00");
            });
        assertThatThrownBy(() -> QueryParams.periodStart("from", "2026-11-20T10:15"))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field).isEqualTo("from"));
    }
}
