package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.PreconditionFailedException;
import de.koeln.zks.platform.api.problem.ValidationException;

class VersionsTest {

    @Test
    void readsStrongWeakAndBareIfMatch() {
        assertThat(Versions.parseIfMatch("\"3\"")).isEqualTo(3L);
        assertThat(Versions.parseIfMatch("W/\"4\"")).isEqualTo(4L);
        assertThat(Versions.parseIfMatch("5")).isEqualTo(5L);
        assertThat(Versions.parseIfMatch(null)).isNull();
        assertThat(Versions.parseIfMatch("*")).isNull();
    }

    @Test
    void garbageIfMatchNamesTheHeader() {
        assertThatThrownBy(() -> Versions.parseIfMatch("\"abc\""))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field).isEqualTo("If-Match"));
    }

    @Test
    void staleVersionIs412() {
        Versions.check(null, 7);
        Versions.check(7L, 7);
        assertThatThrownBy(() -> Versions.check(6L, 7))
            .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                assertThat(e.status()).isEqualTo(412);
                assertThat(e.extensions()).containsEntry("currentVersion", 7L);
            });
    }
}
