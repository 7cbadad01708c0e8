package de.koeln.zks.inspections.internal.service;

import java.util.Map;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import org.osgi.service.event.EventAdmin;

import de.koeln.zks.platform.support.Transactions;
import de.koeln.zks.platform.support.Events;

/** The module's persistence unit, its transactions, and the events posted after they commit. */
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

    /** Posts an event after the change is committed; a failing EventAdmin is logged, never passed to the caller. */
    static void post(EventAdmin events, String topic, Map<String, Object> properties) {
        Events.post(events, topic, properties);
    }
}
