package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SteadinessTest {

    @Test
    void aRisingRateIsNotSteadyALevelOneIs() {
        assertThat(Steadiness.steady(List.of(430L, 690L, 1200L, 1350L))).as("still compiling").isFalse();
        assertThat(Steadiness.steady(List.of(3500L, 3600L, 3560L, 3610L))).isTrue();
        assertThat(Steadiness.steady(List.of(100L, 200L, 3500L, 3600L, 3560L, 3610L))).as("only the last four count")
            .isTrue();
    }

    @Test
    void oneNoisyWindowNeitherEndsNorHoldsItAlone() {
        assertThat(Steadiness.steady(List.of(3500L, 3500L, 3500L, 3850L))).as("10 % above in one window, 5 % in the pair")
            .isFalse();
        assertThat(Steadiness.steady(List.of(3500L, 3500L, 3600L, 3500L))).as("1.4 % in the pair").isTrue();
    }

    @Test
    void fewerThanFourWindowsOrNoAnswersAtAll() {
        assertThat(Steadiness.steady(List.of())).isFalse();
        assertThat(Steadiness.steady(List.of(5L, 5L, 5L))).isFalse();
        assertThat(Steadiness.steady(List.of(0L, 0L, 0L, 0L))).as("a server that answers nothing does not get faster")
            .isTrue();
        assertThat(Steadiness.steady(List.of(0L, 0L, 3L, 4L))).as("answers only now").isFalse();
    }
}
