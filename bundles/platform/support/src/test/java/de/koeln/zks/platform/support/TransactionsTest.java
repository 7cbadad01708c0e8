package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ConflictException;

class TransactionsTest {

    private static RuntimeException contention() {
        return new RuntimeException("rolled back", new SQLException("too much contention", "40XL1"));
    }

    @Test
    void triesAgainAfterContentionAndReturnsTheResult() {
        AtomicInteger calls = new AtomicInteger();
        String result = Transactions.retryOnContention(() -> {
            if (calls.incrementAndGet() < 3) {
                throw contention();
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Transactions.retryOnContention(() -> {
            calls.incrementAndGet();
            throw contention();
        })).hasRootCauseInstanceOf(SQLException.class);
        assertThat(calls).hasValue(Transactions.ATTEMPTS);
    }

    @Test
    void neverRepeatsTheClientsOwnErrors() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Transactions.retryOnContention(() -> {
            calls.incrementAndGet();
            throw new ConflictException("illegal transition");
        })).isInstanceOf(ConflictException.class);
        assertThat(calls).hasValue(1);
        assertThat(Transactions.isContention(new SQLException("constraint", "23505"))).isFalse();
    }
}
