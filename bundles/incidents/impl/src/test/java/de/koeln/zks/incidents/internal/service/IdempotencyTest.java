package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentEvents;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Caller;

class IdempotencyTest extends ServiceTestBase {

    private long rows() {
        return db.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM IncidentEntity e", Long.class).getSingleResult());
    }

    @Test
    void aRetriedSubmitReturnsTheFirstIncidentAndStoresNothingTwice() {
        Incident first = incidents.report(ANNA, Fixtures.sample(), "form-4711");
        Incident retry = incidents.report(ANNA, Fixtures.sample(), "form-4711");
        assertThat(retry.id).isEqualTo(first.id);
        assertThat(retry.version).isEqualTo(first.version);
        assertThat(rows()).isEqualTo(1);
        assertThat(audit.of(AuditAction.CREATE)).hasSize(1);
        assertThat(events.on(IncidentEvents.REPORTED)).hasSize(1);
    }

    @Test
    void theKeyBelongsToItsReporter() {
        Incident annas = incidents.report(ANNA, Fixtures.sample(), "same-key");
        Incident berts = incidents.report(BERT, Fixtures.sample(), "same-key");
        assertThat(berts.id).isNotEqualTo(annas.id);
        assertThat(berts.reportedBy).isEqualTo("bert");
        incidents.report(ANNA, Fixtures.sample(), null);
        incidents.report(ANNA, Fixtures.sample(), null);
        assertThat(rows()).as("no key: every submit is new").isEqualTo(4);
    }

    @Test
    void aReportWithTheSameKeyAlreadyStoredIsAnsweredAfterTheUniqueConstraint() {
        // a concurrent submit stored the key between this submit's check and its insert: the insert fails on
        // the unique constraint, and the service answers the stored incident
        Incident stored = incidents.report(ANNA, Fixtures.sample(), "race");
        JpaIncidentService racing = new JpaIncidentService(new SkippingFirstRead(db.jpa), audit, events, rules, clock, 1825);
        Incident answered = racing.report(ANNA, Fixtures.sample(), "race");
        assertThat(answered.id).isEqualTo(stored.id);
        assertThat(rows()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void concurrentRetriesStoreOneIncident() throws Exception {
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Incident>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Caller caller = i % 2 == 0 ? ANNA : BERT;
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return incidents.report(caller, Fixtures.sample(), "double-click");
                }));
            }
            List<Incident> stored = new ArrayList<>();
            for (Future<Incident> result : results) {
                stored.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(stored).filteredOn(i -> "anna".equals(i.reportedBy)).extracting(i -> i.id).hasSize(threads / 2)
                .containsOnly(stored.get(0).id);
            assertThat(stored).filteredOn(i -> "bert".equals(i.reportedBy)).extracting(i -> i.id).hasSize(threads / 2)
                .containsOnly(stored.get(1).id);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows()).as("one incident per reporter").isEqualTo(2);
        assertThat(events.on(IncidentEvents.REPORTED)).hasSize(2);
    }
}
