package de.koeln.zks.inspections.internal.service;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import de.koeln.zks.platform.support.Transactions;

/** The module's persistence unit and its transactions; events after a commit go through {@code Events.post}. */
final class InspectionTx {
    static final String UNIT_TARGET = "(osgi.unit.name=zks-inspections)";
    static final String MODULE = "inspections";

    private InspectionTx() {
    }

    static <R> R write(JpaTemplate jpa, EmFunction<R> work) {
        return Transactions.retryOnContention(() -> jpa.txExpr(TransactionType.Required, work));
    }

    static <R> R read(JpaTemplate jpa, EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Supports, work);
    }
}
