package de.koeln.zks.incidents.internal.service;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import de.koeln.zks.platform.support.Transactions;

/** The module's write transactions: required, and tried again after a contention rollback. */
final class Tx {

    private Tx() {
    }

    static <R> R write(JpaTemplate jpa, EmFunction<R> work) {
        return Transactions.retryOnContention(() -> jpa.txExpr(TransactionType.Required, work));
    }
}
