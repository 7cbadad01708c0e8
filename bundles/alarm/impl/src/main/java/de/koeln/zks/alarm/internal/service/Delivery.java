package de.koeln.zks.alarm.internal.service;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.alarm.api.AlarmChannel;
import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmEvents;
import de.koeln.zks.platform.support.Events;

/**
 * Hands stored alarm events to every {@link AlarmChannel} (whiteboard: channels come and go at run time),
 * each on a thread of its own so that a slow or failing channel never delays another, and posts them to
 * EventAdmin. Recipients are the members of the alarmed groups and the person who raised the alarm.
 */
@Component(service = Delivery.class)
public class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final GroupsView groups;
    private final EventAdmin eventAdmin;
    private final Map<AlarmChannel, ExecutorService> channels = new ConcurrentHashMap<>();

    @Activate
    public Delivery(@Reference GroupsView groups, @Reference EventAdmin eventAdmin) {
        this.groups = groups;
        this.eventAdmin = eventAdmin;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(AlarmChannel channel, ServiceReference<AlarmChannel> ref) {
        String name = String.valueOf(ref.getProperty(AlarmChannel.NAME));
        channels.put(channel, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "zks-alarm-channel-" + name);
            t.setDaemon(true);
            return t;
        }));
        LOG.info("Alarm channel '{}' added", name);
    }

    void removeChannel(AlarmChannel channel, ServiceReference<AlarmChannel> ref) {
        ExecutorService executor = channels.remove(channel);
        if (executor != null) {
            executor.shutdown();
        }
        LOG.info("Alarm channel '{}' removed", ref.getProperty(AlarmChannel.NAME));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        for (ExecutorService executor : channels.values()) {
            executor.shutdown();
            executor.awaitTermination(2, TimeUnit.SECONDS);
        }
    }

    /** Called after the commit, in id order; never blocks on a channel. */
    public void publish(List<AlarmEvent> events) {
        for (AlarmEvent event : events) {
            Set<String> recipients = new LinkedHashSet<>(groups.current().members(event.groups));
            recipients.add(event.raisedBy);
            Set<String> frozen = Set.copyOf(recipients);
            channels.forEach((channel, executor) -> {
                try {
                    executor.execute(() -> deliver(channel, event, frozen));
                } catch (RuntimeException e) {
                    LOG.debug("Channel {} is going away; event {} not handed to it", channel, event.id);
                }
            });
            post(event);
        }
    }

    private static void deliver(AlarmChannel channel, AlarmEvent event, Set<String> recipients) {
        try {
            channel.deliver(event, recipients);
        } catch (RuntimeException e) {
            LOG.warn("Alarm channel {} failed on event {} of alarm {}", channel.getClass().getName(), event.id, event.alarmId, e);
        }
    }

    private void post(AlarmEvent event) {
        Map<String, Object> p = new HashMap<>();
        p.put(AlarmEvents.ALARM_ID, event.alarmId);
        p.put(AlarmEvents.CLASS, event.alarmClass.name());
        p.put(AlarmEvents.DRILL, event.drill);
        p.put(AlarmEvents.POINT, event.pointId);
        if (event.unit != null) {
            p.put(AlarmEvents.UNIT, event.unit);
        }
        Events.post(eventAdmin, AlarmEvents.topic(event.type), p);
    }
}
