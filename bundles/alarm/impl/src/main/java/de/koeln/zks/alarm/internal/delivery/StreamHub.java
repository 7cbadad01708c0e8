package de.koeln.zks.alarm.internal.delivery;

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
import de.koeln.zks.platform.support.http.ApiJson;

/**
 * The built-in {@link AlarmChannel}: Server-Sent Events to every open stream of a recipient (admins and
 * security managers see all). Each event is encoded once into an SSE frame of bytes, whatever the number of
 * streams, and written by the delivering thread to every stream whose connection takes it at once (the others
 * continue when their connection can take more: {@link Subscription}). A stream whose client stopped reading
 * ({@code streamStallSeconds}, {@code streamMaxPending}) or vanished (its next write fails; heartbeats every
 * {@code streamHeartbeatSeconds} make sure there is one) is dropped and its response completed on a separate
 * thread; the client reconnects with {@code Last-Event-ID} and gets what it missed from the {@link EventLog}.
 * The streams are served by {@link StreamServlet}.
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
    static final byte[] HELLO = SseFrames.hello("connected", RECONNECT_MILLIS);
    static final byte[] HEARTBEAT = SseFrames.comment("heartbeat");

    private final EventLog log;
    private final GroupsView groups;
    private volatile AlarmSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sweeper;
    private final ExecutorService closer;

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
     * Opens a stream for {@code user}; with {@code lastEventId} first replays what the client missed. Nothing is
     * written before the container's first {@link Subscription#writePossible} (after the servlet set its
     * write listener); if the replay fails, the stream is closed again.
     */
    Subscription subscribe(String user, String source, boolean seesAll, Subscription.Output out, Long lastEventId) {
        Instant now = clock.instant();
        Subscription s = new Subscription(user, source, seesAll, out, this::failed, settings.streamMaxPending(),
            lastEventId != null, now);
        s.hello(HELLO, now);
        subscriptions.add(s);
        LOG.debug("Stream opened by {} from {} (Last-Event-ID {})", user, source, lastEventId);
        if (lastEventId != null) {
            List<Subscription.Held> replay = new ArrayList<>();
            try {
                for (AlarmEvent e : log.after(lastEventId, MAX_REPLAY)) {
                    if (isFor(s, e, null)) {
                        replay.add(new Subscription.Held(e.id, frame(e)));
                    }
                }
            } catch (RuntimeException e) {
                // never a stream that silently lacks what it missed: the client reconnects and the replay is tried again
                LOG.warn("Replay after event {} for {} failed; closing the stream", lastEventId, user, e);
                drop(s, e);
                return s;
            }
            s.replayed(replay, clock.instant());
        }
        return s;
    }

    @Override
    public void deliver(AlarmEvent event, Set<String> recipients) {
        if (subscriptions.isEmpty()) {
            return;
        }
        byte[] frame = null;
        Instant now = clock.instant();
        for (Subscription s : subscriptions) {
            if (isFor(s, event, recipients)) {
                if (frame == null) {
                    frame = frame(event);
                }
                s.offer(event.id, frame, now);
            }
        }
    }

    private boolean isFor(Subscription s, AlarmEvent e, Set<String> recipients) {
        if (s.seesAll || s.user.equals(e.raisedBy)) {
            return true;
        }
        return recipients != null ? recipients.contains(s.user) : groups.current().isMemberOfAny(s.user, e.groups);
    }

    /** The event as its SSE frame: name = type, id = event id, data = the event as the API's JSON. */
    static byte[] frame(AlarmEvent e) {
        return SseFrames.event(e.id, e.type.name(), ApiJson.bytes(e));
    }

    /** The container's callback: the connection of {@code s} takes writes (again). */
    void writePossible(Subscription s) {
        s.writePossible(clock.instant());
    }

    /** The container reports the connection of {@code s} failed or ended: it is dropped (unless it was already). */
    void ended(Subscription s, Throwable cause) {
        s.failed(cause == null ? new java.io.EOFException("the response ended") : cause); // calls back failed()
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

    /** Every 250 ms: cut off stalled clients, send heartbeats to idle streams (which reveals vanished ones). */
    void sweep() {
        try {
            Instant now = clock.instant();
            for (Subscription s : subscriptions) {
                if (s.stalledSince(now.minus(settings.streamStall()))) {
                    LOG.info("Stream of {} from {} cut off: its client has not read for {} s", s.user, s.source,
                        settings.streamStall().toSeconds());
                    drop(s, null);
                } else {
                    s.heartbeatIfIdle(HEARTBEAT, now.minus(settings.streamHeartbeat()), now);
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
