package de.koeln.zks.incidents.internal.service;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write transactions that are tried again when the database rolled them back for contention (SQLState class
 * 40: deadlock, lock timeout, serialization failure; Derby also reports contention on identity columns so).
 * Nothing of a rolled-back attempt is stored, so trying again is safe; errors of the request itself
 * (validation, conflicts, stale versions) are never retried.
 */
final class Tx {
    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Tx.class);

    private Tx() {
    }

    /** Runs {@code work} in a required transaction, again after a contention rollback. */
    static <R> R write(JpaTemplate jpa, EmFunction<R> work) {
        return retrying(() -> jpa.txExpr(TransactionType.Required, work));
    }

    static <R> R retrying(Supplier<R> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (n >= ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                LOG.debug("Transaction rolled back for contention, attempt {} of {}", n, ATTEMPTS, e);
            }
        }
    }

    static boolean isContention(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
