package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ValidationException;

class PagingAndSortingTest {

    @Test
    void defaultsAndBounds() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, Paging.DEFAULT_LIMIT));
        assertThatThrownBy(() -> Paging.of(-1, 10)).isInstanceOf(ValidationException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> Paging.of(0, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> Paging.of(0, Paging.MAX_LIMIT + 1)).hasMessageContaining("limit");
    }

    @Test
    void sortKeysAreCheckedAgainstWhitelist() {
        Sorting s = Sorting.parse("-occurredAt, level", Set.of("occurredAt", "level"), "id");
        assertThat(s.keys()).containsExactly(new Sorting.Key("occurredAt", true), new Sorting.Key("level", false));
        assertThat(Sorting.parse(null, Set.of("id"), "-id").keys()).containsExactly(new Sorting.Key("id", true));
        assertThatThrownBy(() -> Sorting.parse("password", Set.of("id"), "id"))
            .isInstanceOf(ValidationException.class).hasMessageContaining("sort");
    }
}
