package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
