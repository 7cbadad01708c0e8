package de.koeln.zks.plugin.citizensoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentStatus;

class CounterTallyTest {
    static final String INNENSTADT = "Bürgeramt Innenstadt";
    static final String KALK = "Bürgeramt Kalk";
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-20T10:15:00+01:00");

    private final CounterTally tally = new CounterTally(List.of(INNENSTADT, KALK));

    static Incident incident(long id, String unit, Object counter, String exit) {
        Incident i = new Incident();
        i.id = id;
        i.unit = unit;
        i.status = IncidentStatus.REPORTED;
        i.occurredAt = T0.plusHours(id);
        Map<String, Object> extra = new HashMap<>();
        if (counter != null) {
            extra.put(CounterFields.COUNTER_NUMBER, counter);
        }
        if (exit != null) {
            extra.put(CounterFields.SECOND_EXIT, exit);
        }
        i.extra = extra;
        return i;
    }

    private CounterCount at(String unit, Integer counter) {
        return tally.counts(null, null).stream().filter(c -> c.unit.equals(unit) && java.util.Objects.equals(c.counter, counter))
            .findFirst().orElse(null);
    }

    @Test
    void incidentsAreCountedPerUnitAndCounterMostFirst() {
        tally.apply(incident(1, INNENSTADT, new BigDecimal("7"), "versperrt"));
        tally.apply(incident(2, INNENSTADT, new BigDecimal("7"), "frei"));
        tally.apply(incident(3, INNENSTADT, new BigDecimal("3"), "nicht vorhanden"));
        tally.apply(incident(4, KALK, new BigDecimal("3"), null));
        tally.apply(incident(5, INNENSTADT, null, null));

        List<CounterCount> counts = tally.counts(null, null);
        assertThat(counts).extracting(c -> c.unit + "/" + c.counter + "=" + c.incidents)
            .containsExactly(INNENSTADT + "/7=2", INNENSTADT + "/3=1", INNENSTADT + "/null=1", KALK + "/3=1");
        assertThat(at(INNENSTADT, 7).secondExitBlocked).isEqualTo(1);
        assertThat(at(INNENSTADT, 7).lastOccurredAt).isEqualTo(T0.plusHours(2));
        assertThat(at(INNENSTADT, 3).noSecondExit).isEqualTo(1);
    }

    @Test
    void anEventSeenTwiceCountsOnceAndAChangedCounterMovesTheIncident() {
        tally.apply(incident(1, INNENSTADT, 7, null));
        tally.apply(incident(1, INNENSTADT, 7, null));
        assertThat(at(INNENSTADT, 7).incidents).isEqualTo(1);

        tally.apply(incident(1, INNENSTADT, 8, null));
        assertThat(at(INNENSTADT, 7)).isNull();
        assertThat(at(INNENSTADT, 8).incidents).isEqualTo(1);
    }

    @Test
    void draftsRejectedErasedAndOtherUnitsReportsAreNotCounted() {
        Incident draft = incident(1, INNENSTADT, 7, null);
        draft.status = IncidentStatus.DRAFT;
        Incident rejected = incident(2, INNENSTADT, 7, null);
        rejected.status = IncidentStatus.REJECTED;
        Incident erased = incident(3, INNENSTADT, null, null);
        erased.erased = true;
        erased.status = IncidentStatus.CLOSED;
        tally.apply(draft);
        tally.apply(rejected);
        tally.apply(erased);
        tally.apply(incident(4, "Jobcenter Mülheim", 7, null));
        assertThat(tally.counts(null, null)).isEmpty();

        tally.apply(incident(5, INNENSTADT, 7, null));
        Incident moved = incident(5, "Jobcenter Mülheim", 7, null);
        tally.apply(moved);
        assertThat(tally.counts(null, null)).as("a report moved to another unit leaves the counts").isEmpty();
    }

    @Test
    void closedReportsStayCountedAndAForgottenOneGoes() {
        Incident closed = incident(1, KALK, 2, null);
        closed.status = IncidentStatus.CLOSED;
        tally.apply(closed);
        assertThat(at(KALK, 2).incidents).isEqualTo(1);
        tally.forget(1);
        assertThat(tally.counts(null, null)).isEmpty();
    }

    @Test
    void onlyWholeCounterNumbersFrom1To9999AreCounters() {
        assertThat(CounterTally.counterNumber(new BigDecimal("7"))).isEqualTo(7);
        assertThat(CounterTally.counterNumber(new BigDecimal("7.0"))).isEqualTo(7);
        assertThat(CounterTally.counterNumber("12")).as("a value whose plugin declaration was gone is text").isEqualTo(12);
        assertThat(CounterTally.counterNumber(9999)).isEqualTo(9999);
        assertThat(CounterTally.counterNumber(new BigDecimal("7.5"))).isNull();
        assertThat(CounterTally.counterNumber(0)).isNull();
        assertThat(CounterTally.counterNumber(-3)).isNull();
        assertThat(CounterTally.counterNumber(10_000)).isNull();
        assertThat(CounterTally.counterNumber("sieben")).isNull();
        assertThat(CounterTally.counterNumber(null)).isNull();
    }

    @Test
    void countsAreFilteredByUnitAndTime() {
        tally.apply(incident(1, INNENSTADT, 7, null));
        tally.apply(incident(5, KALK, 3, null));
        assertThat(tally.counts(List.of(KALK), null)).extracting(c -> c.unit).containsExactly(KALK);
        assertThat(tally.counts(null, T0.plusHours(3))).extracting(c -> c.unit).containsExactly(KALK);
        assertThat(tally.counts(null, T0.plusHours(5))).as("from is inclusive").hasSize(1);
    }

    @Test
    void whatAnEventDecidedDuringARebuildWinsOverTheOlderStateTheRebuildRead() {
        tally.apply(incident(9, INNENSTADT, 1, null));
        tally.startRebuild();
        assertThat(tally.complete()).isFalse();
        tally.apply(incident(1, INNENSTADT, 8, null)); // changed to counter 8 after the rebuild read it
        tally.forget(2); // rejected after the rebuild read it
        tally.seed(incident(1, INNENSTADT, 7, null));
        tally.seed(incident(2, INNENSTADT, 7, null));
        tally.seed(incident(3, KALK, 3, null));
        tally.finishRebuild();

        assertThat(tally.complete()).isTrue();
        assertThat(tally.counts(null, null)).extracting(c -> c.unit + "/" + c.counter + "=" + c.incidents)
            .containsExactly(INNENSTADT + "/8=1", KALK + "/3=1");
    }

    @Test
    void aTallyWithoutUnitsCountsEveryUnit() {
        CounterTally everywhere = new CounterTally(List.of());
        everywhere.apply(incident(1, "Jobcenter Mülheim", 4, null));
        assertThat(everywhere.counts(null, null)).hasSize(1);
        assertThat(everywhere.concerns(null)).isFalse();
    }
}
