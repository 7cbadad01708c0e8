package de.koeln.zks.alarm.internal.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.alarm.api.AlarmChannel;
import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.Subscriber;
import de.koeln.zks.alarm.internal.domain.AlarmConfig;
import de.koeln.zks.alarm.internal.domain.AlarmSettings;
import de.koeln.zks.alarm.internal.service.EventLog;
import de.koeln.zks.alarm.internal.service.GroupsView;
import de.koeln.zks.alarm.internal.service.JpaAlarmService;
import de.koeln.zks.platform.support.UtcTimes;

/**
 * The built-in {@link AlarmChannel}: Server-Sent Events to every open stream of a recipient (admins and
 * security managers see all). Each event is turned into JSON once, whatever the number of streams. A stream
 * whose client stopped reading ({@code streamStallSeconds}) or vanished (its next write fails; heartbeats
 * every {@code streamHeartbeatSeconds} make sure there is one) is dropped and its sink closed on a separate
 * thread; the client reconnects with {@code Last-Event-ID} and gets what it missed from the {@link EventLog}.
 */
@Component(service = {AlarmChannel.class, StreamHub.class}, property = AlarmChannel.NAME + "=sse",
    configurationPid = JpaAlarmService.PID)
public class StreamHub implements AlarmChannel {
    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);
    /** Most events one reconnect replays; a client away longer reloads the open alarms. */
    public static final int MAX_REPLAY = 10_000;
    /** How soon a browser's EventSource reconnects after losing the stream (the SSE retry field). */
    static final long RECONNECT_MILLIS = 2000;
    /** How often streams are checked for heartbeats, stuck writes and stalled clients. */
    static final long SWEEP_MILLIS = 250;
    /** A write not completed after this long gets a nudge (see {@link Subscription#nudgeIfWaitingSince}). */
    static final long NUDGE_MILLIS = 500;
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final EventLog log;
    private final GroupsView groups;
    private volatile AlarmSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sweeper;
    private final ExecutorService closer;
    private volatile Sse sse;
    private volatile MessageBodyWriter<AlarmEvent> json;

    @Activate
    public StreamHub(@Reference EventLog log, @Reference GroupsView groups, AlarmConfig config) {
        this.log = log;
        this.groups = groups;
        this.settings = AlarmSettings.of(config);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "zks-alarm-stream-sweeper"));
        this.closer = Executors.newCachedThreadPool(r -> daemon(r, "zks-alarm-stream-closer"));
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Modified
    void modified(AlarmConfig config) {
        this.settings = AlarmSettings.of(config);
    }

    @Deactivate
    void deactivate() {
        sweeper.shutdownNow();
        for (Subscription s : subscriptions) {
            drop(s, null);
        }
        closer.shutdown();
    }

    /**
     * Opens a stream for {@code user}; with {@code lastEventId} first replays what the client missed.
     *
     * @param json the platform's JSON writer of the request (the same for every request)
     */
    public void subscribe(String user, String source, boolean seesAll, SseEventSink sink, Sse sse,
                          MessageBodyWriter<AlarmEvent> json, Long lastEventId) {
        this.sse = sse;
        this.json = json;
                Instant now = clock.instant();
        Subscription s = new Subscription(user, source, seesAll, sink, this::failed, settings.streamMaxPending(),
            lastEventId != null, now);
        subscriptions.add(s);
        s.hello(sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_MILLIS).build(), now);
        LOG.debug("Stream opened by {} from {} (Last-Event-ID {})", user, source, lastEventId);
        if (lastEventId != null) {
            List<Subscription.Held> replay = new ArrayList<>();
            try {
                for (AlarmEvent e : log.after(lastEventId, MAX_REPLAY)) {
                    if (isFor(s, e, null)) {
                        replay.add(new Subscription.Held(e.id, outbound(e)));
                    }
                }
            } catch (RuntimeException e) {
                // never a stream that silently lacks what it missed: the client reconnects and the replay is tried again
                LOG.warn("Replay after event {} for {} failed; closing the stream", lastEventId, user, e);
                drop(s, e);
                return;
            }
            s.replayed(replay, clock.instant());
        }
    }

    @Override
    public void deliver(AlarmEvent event, Set<String> recipients) {
        if (subscriptions.isEmpty() || sse == null) {
            return;
        }
        OutboundSseEvent outbound = null;
        Instant now = clock.instant();
        for (Subscription s : subscriptions) {
            if (isFor(s, event, recipients)) {
                if (outbound == null) {
                    outbound = outbound(event);
                }
                s.offer(event.id, outbound, now);
            }
        }
    }

    private boolean isFor(Subscription s, AlarmEvent e, Set<String> recipients) {
        if (s.seesAll || s.user.equals(e.raisedBy)) {
            return true;
        }
        return recipients != null ? recipients.contains(s.user) : groups.current().isMemberOfAny(s.user, e.groups);
    }

    private OutboundSseEvent outbound(AlarmEvent e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            json.writeTo(e, AlarmEvent.class, AlarmEvent.class, NO_ANNOTATIONS, MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), out);
        } catch (IOException ex) {
            throw new IllegalStateException("Could not write alarm event " + e.id + " as JSON", ex);
        }
        return sse.newEventBuilder().id(Long.toString(e.id)).name(e.type.name())
            .mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, out.toString(StandardCharsets.UTF_8)).build();
    }

    private void failed(Subscription s, Throwable cause) {
        LOG.debug("Stream of {} from {} dropped: {}", s.user, s.source, cause == null ? "closed" : cause.toString());
        drop(s, cause);
    }

    private void drop(Subscription s, Throwable cause) {
        if (subscriptions.remove(s)) {
            try {
                closer.execute(s::close);
            } catch (RuntimeException e) {
                s.close();
            }
        }
    }

    /** Every 250 ms: nudge stuck writes, cut off stalled clients, send heartbeats to idle streams (which reveals vanished ones). */
    void sweep() {
        try {
                        Instant now = clock.instant();
            Sse current = sse;
            OutboundSseEvent heartbeat = current == null ? null : current.newEventBuilder().comment("heartbeat").build();
            OutboundSseEvent nudge = current == null ? null : current.newEventBuilder().comment("").build();
            for (Subscription s : subscriptions) {
                if (nudge != null) {
                    s.nudgeIfWaitingSince(nudge, now.minusMillis(NUDGE_MILLIS));
                }
                if (s.stalledSince(now.minus(settings.streamStall()))) {
                    LOG.info("Stream of {} from {} cut off: its client has not read for {} s", s.user, s.source,
                        settings.streamStall().toSeconds());
                    drop(s, null);
                } else if (heartbeat != null) {
                    s.heartbeatIfIdle(heartbeat, now.minus(settings.streamHeartbeat()), now);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Stream sweep failed", e);
        }
    }

    public int count() {
        return subscriptions.size();
    }

    public List<Subscriber> subscribers() {
        List<Subscriber> list = new ArrayList<>();
        for (Subscription s : subscriptions) {
            Subscriber d = new Subscriber();
            d.user = s.user;
            d.source = s.source;
            d.since = UtcTimes.offset(java.time.LocalDateTime.ofInstant(s.since, java.time.ZoneOffset.UTC));
            d.delivered = s.delivered();
            d.pending = s.pending();
            list.add(d);
        }
        list.sort(Comparator.comparing((Subscriber d) -> d.user).thenComparing(d -> d.since));
        return list;
    }
}
