package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SteadinessTest {

    @Test
    void aRisingRateIsNotSteadyALevelOneIs() {
        assertThat(Steadiness.steady(List.of(430L, 690L, 900L, 1100L, 1200L, 1350L))).as("still compiling").isFalse();
        assertThat(Steadiness.steady(List.of(3500L, 3600L, 3560L, 3610L, 3580L, 3540L))).isTrue();
        assertThat(Steadiness.steady(List.of(100L, 200L, 3500L, 3600L, 3560L, 3610L, 3580L, 3540L)))
            .as("only the last six count").isTrue();
    }

    @Test
    void twoPairsThatMatchWhileTheRateStillRisesDoNotEndIt() {
        // the pairs (1,210 + 1,240) and (1,250 + 1,260) agree within 3 %; 30 s earlier the rate was 15 % lower
        assertThat(Steadiness.steady(List.of(1050L, 1080L, 1210L, 1240L, 1250L, 1260L))).isFalse();
        assertThat(Steadiness.steady(List.of(1230L, 1220L, 1210L, 1240L, 1250L, 1260L))).as("level for 30 s").isTrue();
    }

    @Test
    void oneNoisyWindowNeitherEndsNorHoldsItAlone() {
        assertThat(Steadiness.steady(List.of(3500L, 3500L, 3500L, 3500L, 3500L, 3850L)))
            .as("10 % above in one window, 5 % in the pair").isFalse();
        assertThat(Steadiness.steady(List.of(3500L, 3500L, 3500L, 3500L, 3600L, 3500L))).as("1.4 % in the pair").isTrue();
    }

    @Test
    void fewerThanSixWindowsOrNoAnswersAtAll() {
        assertThat(Steadiness.steady(List.of())).isFalse();
        assertThat(Steadiness.steady(List.of(5L, 5L, 5L, 5L, 5L))).isFalse();
        assertThat(Steadiness.steady(List.of(0L, 0L, 0L, 0L, 0L, 0L)))
            .as("a server that answers nothing does not get faster").isTrue();
        assertThat(Steadiness.steady(List.of(0L, 0L, 0L, 0L, 3L, 4L))).as("answers only now").isFalse();
    }
}
