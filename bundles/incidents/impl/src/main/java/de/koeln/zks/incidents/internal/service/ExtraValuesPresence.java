package de.koeln.zks.incidents.internal.service;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;

/**
 * Whether any incident may have extra values, so that reads skip the query for them while none exist (the usual
 * case: no plugin declares extra fields for incidents; a list then makes one statement instead of two). Unknown
 * until the first read asks the database, in that read's transaction. Before a value is written it becomes "some",
 * and it never goes back: after an erasure there may be none again, and a read then costs the query, as before.
 * Only this module writes extra values, so the state of one running service is the whole truth.
 */
final class ExtraValuesPresence {
    private static final int UNKNOWN = 0;
    private static final int NONE = 1;
    private static final int SOME = 2;

    private final AtomicInteger state = new AtomicInteger(UNKNOWN);

    /** Called in the writing transaction before an incident's values are stored. */
    void storing(Map<String, String> values) {
        if (!values.isEmpty()) {
            state.set(SOME);
        }
    }

    /** Whether reads must ask for extra values. */
    boolean mayExist(EntityManager em) {
        int known = state.get();
        if (known != UNKNOWN) {
            return known == SOME;
        }
        boolean any = IncidentExtras.anyStored(em);
        // a write that began meanwhile has set SOME; the answer read before it must not overwrite that
        state.compareAndSet(UNKNOWN, any ? SOME : NONE);
        return any || state.get() == SOME;
    }
}
