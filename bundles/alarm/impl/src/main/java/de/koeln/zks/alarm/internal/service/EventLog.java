package de.koeln.zks.alarm.internal.service;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmStep;
import de.koeln.zks.alarm.internal.jpa.EventEntity;

/** Reads the stored alarm events: a stream's replay after {@code Last-Event-ID} and an alarm's timeline. */
@Component(service = EventLog.class)
public class EventLog {
    public static final String UNIT_NAME = "zks-alarm";

    private final JpaTemplate jpa;

    @Activate
    public EventLog(@Reference(target = "(osgi.unit.name=" + UNIT_NAME + ")") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The events after {@code lastId}, oldest first, at most {@code limit}. */
    public List<AlarmEvent> after(long lastId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em
            .createQuery("select e from EventEntity e where e.id > :last order by e.id", EventEntity.class)
            .setParameter("last", lastId).setMaxResults(limit).getResultList()
            .stream().map(EventEntity::toEvent).toList());
    }

    public List<AlarmStep> timeline(long alarmId) {
        return jpa.txExpr(TransactionType.Supports, em -> em
            .createQuery("select e from EventEntity e where e.alarmId = :alarm order by e.id", EventEntity.class)
            .setParameter("alarm", alarmId).getResultList()
            .stream().map(EventEntity::toStep).toList());
    }

    /** The newest event id, 0 when there is none. */
    public long lastId() {
        Long max = jpa.txExpr(TransactionType.Supports, em -> em
            .createQuery("select max(e.id) from EventEntity e", Long.class).getSingleResult());
        return max == null ? 0 : max;
    }
}
