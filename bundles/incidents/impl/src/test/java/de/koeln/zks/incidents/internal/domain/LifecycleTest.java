package de.koeln.zks.incidents.internal.domain;

import static de.koeln.zks.incidents.api.IncidentStatus.CLOSED;
import static de.koeln.zks.incidents.api.IncidentStatus.DRAFT;
import static de.koeln.zks.incidents.api.IncidentStatus.IN_REVIEW;
import static de.koeln.zks.incidents.api.IncidentStatus.MEASURES_TAKEN;
import static de.koeln.zks.incidents.api.IncidentStatus.REJECTED;
import static de.koeln.zks.incidents.api.IncidentStatus.REPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ValidationException;

class LifecycleTest {
    private static final Map<IncidentStatus, Set<IncidentStatus>> EXPECTED = Map.of(
        DRAFT, EnumSet.of(REPORTED, REJECTED),
        REPORTED, EnumSet.of(IN_REVIEW, REJECTED),
        IN_REVIEW, EnumSet.of(MEASURES_TAKEN, CLOSED, REJECTED),
        MEASURES_TAKEN, EnumSet.of(CLOSED, IN_REVIEW),
        CLOSED, EnumSet.noneOf(IncidentStatus.class),
        REJECTED, EnumSet.noneOf(IncidentStatus.class));

    /** Every pair of statuses: allowed exactly as documented, refused with 409 otherwise. */
    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void everyTransitionIsAllowedOrRefusedAsDocumented(IncidentStatus from) {
        assertThat(Lifecycle.allowedFrom(from)).containsExactlyInAnyOrderElementsOf(EXPECTED.get(from));
        for (IncidentStatus to : IncidentStatus.values()) {
            if (EXPECTED.get(from).contains(to)) {
                assertThatCode(() -> Lifecycle.check(from, to, "weil")).as(from + " -> " + to).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> Lifecycle.check(from, to, "weil")).as(from + " -> " + to)
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.extensions()).containsEntry("currentStatus", from.name());
                        @SuppressWarnings("unchecked")
                        List<String> allowed = (List<String>) e.extensions().get("allowed");
                        assertThat(allowed).containsExactlyInAnyOrderElementsOf(
                            EXPECTED.get(from).stream().map(Enum::name).toList());
                        allowed.forEach(name -> assertThat(e.detail()).contains(name));
                    });
            }
        }
    }

    @Test
    void allowedTargetsAreNamedInLifecycleOrder() {
        assertThatThrownBy(() -> Lifecycle.check(REPORTED, CLOSED, null))
            .hasMessage("The incident is REPORTED; it can go to IN_REVIEW, REJECTED, not to CLOSED")
            .isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.extensions().get("allowed")).isEqualTo(List.of("IN_REVIEW", "REJECTED")));
    }

    @Test
    void finalStatusesSayTheyAreFinal() {
        assertThat(Lifecycle.isFinal(CLOSED)).isTrue();
        assertThat(Lifecycle.isFinal(REJECTED)).isTrue();
        assertThat(Lifecycle.isFinal(MEASURES_TAKEN)).isFalse();
        assertThatThrownBy(() -> Lifecycle.check(CLOSED, IN_REVIEW, null)).hasMessageContaining("final")
            .isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.extensions().get("allowed")).isEqualTo(List.of()));
    }

    @Test
    void rejectingNeedsAReason() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> Lifecycle.check(REPORTED, REJECTED, missing))
                .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(f -> f.field).containsExactly("reason"));
        }
        assertThatCode(() -> Lifecycle.check(IN_REVIEW, REJECTED, "Doppelmeldung")).doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.check(IN_REVIEW, CLOSED, null)).doesNotThrowAnyException();
    }

    @Test
    void anIllegalMoveIsAConflictEvenWithoutReason() {
        assertThatThrownBy(() -> Lifecycle.check(CLOSED, REJECTED, null)).isInstanceOf(ConflictException.class);
    }
}
