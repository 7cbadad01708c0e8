package de.koeln.zks.incidents.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ConflictException;

class TxTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("Exception occured in transactional code", new PersistenceException(cause));
    }

    @Test
    void contentionRollbacksAreTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = Tx.retrying(() -> {
            if (attempts.incrementAndGet() < Tx.ATTEMPTS) {
                throw wrapped(new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"));
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(Tx.ATTEMPTS);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> Tx.retrying(() -> {
            attempts.incrementAndGet();
            throw wrapped(new SQLException("deadlock", "40001"));
        })).isInstanceOf(RuntimeException.class);
        assertThat(attempts).hasValue(Tx.ATTEMPTS);
    }

    @Test
    void errorsOfTheRequestAreNeverRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> Tx.retrying(() -> {
            attempts.incrementAndGet();
            throw new ConflictException("final");
        })).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Tx.retrying(() -> {
            attempts.incrementAndGet();
            throw wrapped(new SQLException("duplicate key", "23505"));
        })).isInstanceOf(RuntimeException.class);
        assertThat(attempts).hasValue(2);
        assertThat(Tx.isContention(new SQLException("no state"))).isFalse();
    }
}
