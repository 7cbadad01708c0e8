package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait for a quiet machine before a scenario, with scripted load samples and no real sleeping. */
class SettleTest {

    private static Settle scripted(Double... loads) {
        Iterator<Double> it = List.of(loads).iterator();
        return new Settle(() -> it.hasNext() ? it.next() : 0.0, millis -> { });
    }

    @Test
    void waitsUntilTheLoadStayedLowForThreeSamplesInARow() {
        Settle.Result r = scripted(0.9, 0.8, 0.1, 0.1, 0.6, 0.2, 0.1, 0.05, 0.9).await(Duration.ofSeconds(60));
        assertThat(r.quiet()).isTrue();
        assertThat(r.waited()).isEqualTo(Duration.ofSeconds(8)); // the short dip at 3-4 s does not count
        assertThat(r.firstLoad()).isEqualTo(0.9);
        assertThat(r.describe()).isEqualTo("machine load 90 % -> 5 % after 8 s");
    }

    @Test
    void givesUpAtTheLimitAndSaysSo() {
        Settle.Result r = scripted(0.9, 0.9, 0.9, 0.9, 0.9).await(Duration.ofSeconds(4));
        assertThat(r.quiet()).isFalse();
        assertThat(r.waited()).isEqualTo(Duration.ofSeconds(4));
        assertThat(r.describe()).endsWith("(not quiet yet: measured anyway)");
    }

    @Test
    void anUnknownLoadEndsTheWaitAtOnce() {
        Settle.Result r = scripted(-1.0).await(Duration.ofSeconds(60));
        assertThat(r.quiet()).isTrue();
        assertThat(r.waited()).isEqualTo(Duration.ofSeconds(1));
    }
}
