package de.koeln.zks.alarm.internal.service;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmEventType;
import de.koeln.zks.alarm.internal.jpa.AlarmEntity;
import de.koeln.zks.alarm.internal.jpa.EventEntity;
import de.koeln.zks.platform.support.Transactions;

/**
 * Every change of an alarm goes through here: one at a time, in one transaction with the events it makes,
 * which get the next ids; after the commit the events are handed to {@link Delivery} in id order. One writer
 * at a time is what makes a replay after {@code Last-Event-ID} complete: no event can commit after a higher
 * one was delivered. Alarms are rare; each write takes a few milliseconds.
 */
@Component(service = AlarmJournal.class)
public class AlarmJournal {

    /** What a write may do: use the entity manager and append events. */
    public final class Writer {
        private final EntityManager em;
        private final List<EventEntity> appended = new ArrayList<>();
        private long next;

        Writer(EntityManager em, long last) {
            this.em = em;
            this.next = last;
        }

        public EntityManager em() {
            return em;
        }

        /** Stores an event of {@code alarm} (which must have its id) as it stands now. */
        public void append(AlarmEventType type, AlarmEntity alarm, String actor, String detail, List<String> newGroups,
                           LocalDateTime now) {
            EventEntity e = new EventEntity(++next, type, alarm, actor, detail,
                newGroups == null ? null : String.join(",", newGroups), now);
            em.persist(e);
            appended.add(e);
        }
    }

    private final JpaTemplate jpa;
    private final EventLog log;
    private final Delivery delivery;
    private final ReentrantLock lock = new ReentrantLock(true);
    private long lastId = -1;

    @Activate
    public AlarmJournal(@Reference(target = "(osgi.unit.name=" + EventLog.UNIT_NAME + ")") JpaTemplate jpa,
                        @Reference EventLog log, @Reference Delivery delivery) {
        this.jpa = jpa;
        this.log = log;
        this.delivery = delivery;
    }

    public <R> R write(Function<Writer, R> work) {
        lock.lock();
        try {
            if (lastId < 0) {
                lastId = log.lastId();
            }
            Writer[] done = new Writer[1];
            R result = Transactions.retryOnContention(() -> jpa.txExpr(TransactionType.Required, em -> {
                Writer w = new Writer(em, lastId);
                R r = work.apply(w);
                em.flush();
                done[0] = w;
                return r;
            }));
            List<AlarmEvent> events = done[0].appended.stream().map(EventEntity::toEvent).toList();
            if (!events.isEmpty()) {
                lastId = events.get(events.size() - 1).id;
                delivery.publish(events);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }
}
