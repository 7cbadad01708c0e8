package de.koeln.zks.platform.support;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write transactions that are tried again when the database rolled them back for contention (SQLState
 * class 40: deadlock, lock timeout, serialization failure; Derby reports contention on identity columns
 * so too). Nothing of a rolled-back attempt is stored, so trying again is safe; errors of the request
 * itself (validation, conflicts, stale versions) are never retried. Each retry is logged in one line, so an
 * operator can tell the transaction manager's warnings about a rolled-back attempt from a lost write (seen at the
 * first burst of reports after a boot: Derby's identity generator of the audit table gives up under contention).
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** How often a write is tried in all. */
    public static final int ATTEMPTS = 3;

    private Transactions() {
    }

    public static <R> R retryOnContention(Supplier<R> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (n >= ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                LOG.info("Transaction rolled back for contention (SQLState {}); trying again, attempt {} of {}",
                    contentionState(e), n + 1, ATTEMPTS);
                backOff(n);
            }
        }
    }

    /** Waits a little, longer after each attempt and at random, so the competing transaction can finish first. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 30) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to repeat a transaction", e);
        }
    }

    /** Whether the database gave up a transaction because of other transactions (SQLState class 40). */
    public static boolean isContention(Throwable e) {
        return contentionState(e) != null;
    }

    /** The SQLState of class 40 among the causes of {@code e}, or null. */
    private static String contentionState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
