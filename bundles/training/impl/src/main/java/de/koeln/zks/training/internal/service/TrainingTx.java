package de.koeln.zks.training.internal.service;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import de.koeln.zks.platform.support.Transactions;

/** The module's persistence unit, and its write transactions: required, tried again after a contention rollback. */
final class TrainingTx {
    static final String UNIT_NAME = "zks-training";
    static final String UNIT_TARGET = "(osgi.unit.name=" + UNIT_NAME + ")";
    static final String MODULE = "training";

    private TrainingTx() {
    }

    static <R> R write(JpaTemplate jpa, EmFunction<R> work) {
        return Transactions.retryOnContention(() -> jpa.txExpr(TransactionType.Required, work));
    }

    static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Supports, work);
    }
}
