package de.koeln.zks.incidents.internal.service;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A JpaTemplate whose first read-only call finds nothing: it stands for the moment in which a concurrent
 * submit has not yet committed when the service looks for the idempotency key.
 */
final class SkippingFirstRead implements JpaTemplate {
    private final JpaTemplate delegate;
    private boolean skipped;

    SkippingFirstRead(JpaTemplate delegate) {
        this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type == TransactionType.Supports && !skipped) {
            skipped = true;
            return (R) java.util.Optional.empty();
        }
        return delegate.txExpr(type, code);
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        delegate.tx(type, code);
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        delegate.tx(code);
    }
}
