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
    void theTotalOfTheLastPageIsKnownWithoutCounting() {
        long[] counted = {0};
        java.util.function.LongSupplier count = () -> {
            counted[0]++;
            return 999;
        };
        assertThat(new Paging(0, 50).total(7, count)).isEqualTo(7);      // first page, short
        assertThat(new Paging(0, 50).total(0, count)).isZero();          // nothing at all
        assertThat(new Paging(100, 50).total(3, count)).isEqualTo(103);  // a later page, short: the last one
        assertThat(counted[0]).isZero();
        assertThat(new Paging(0, 50).total(50, count)).isEqualTo(999);   // a full page: there may be more
        assertThat(new Paging(100, 50).total(0, count)).isEqualTo(999);  // beyond the end: how many are there?
        assertThat(counted[0]).isEqualTo(2);
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
