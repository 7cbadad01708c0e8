package de.koeln.zks.alarm.internal.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * streams, and written at once to every stream whose connection takes it (the others continue when their
 * connection can take more: {@link Subscription}). The streams are spread over one lane per processor core (at
 * most {@value #MAX_LANES}); the delivering thread writes the first lane's streams while a writer thread per
 * further lane writes its own, so that the cores share the fan-out. A stream stays in its lane for its life, and
 * a delivery returns only when every lane has the event, so each stream gets the events in delivery order. A
 * stream whose client stopped reading ({@code streamStallSeconds}, {@code streamMaxPending}) or vanished (its
 * next write fails; heartbeats every {@code streamHeartbeatSeconds} make sure there is one) is dropped and its
 * response completed on a separate thread; the client reconnects with {@code Last-Event-ID} and gets what it
 * missed from the {@link EventLog}. The streams are served by {@link StreamServlet}.
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
    /** Most lanes the fan-out is split into (the writes are short, non-blocking, and bound by the cores). */
    static final int MAX_LANES = 4;
    /** How long a delivery waits for the other lanes' writers before it goes on to the next event. */
    private static final long LANE_WAIT_SECONDS = 5;

    private final EventLog log;
    private final GroupsView groups;
    private volatile AlarmSettings settings;
    private final Clock clock = Clock.systemUTC();
    /** The streams, by lane; lane 0 is written by the delivering thread, lane i > 0 by {@code writers[i - 1]}. */
    private final List<Set<Subscription>> lanes;
    private final ExecutorService[] writers;
    private final ScheduledExecutorService sweeper;
    private final ExecutorService closer;

    @Activate
    public StreamHub(@Reference EventLog log, @Reference GroupsView groups, AlarmConfig config) {
        this(log, groups, config, Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
    }

    StreamHub(EventLog log, GroupsView groups, AlarmConfig config, int laneCount) {
        this.log = log;
        this.groups = groups;
        this.settings = AlarmSettings.of(config);
        List<Set<Subscription>> l = new ArrayList<>();
        for (int i = 0; i < Math.max(1, laneCount); i++) {
            l.add(ConcurrentHashMap.newKeySet());
        }
        this.lanes = List.copyOf(l);
        this.writers = new ExecutorService[lanes.size() - 1];
        for (int i = 0; i < writers.length; i++) {
            String name = "zks-alarm-stream-writer-" + (i + 1);
            writers[i] = Executors.newSingleThreadExecutor(r -> daemon(r, name));
        }
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
        for (ExecutorService writer : writers) {
            writer.shutdownNow();
        }
        for (Set<Subscription> lane : lanes) {
            for (Subscription s : lane) {
                drop(s, null);
            }
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
            lastEventId != null, now, emptiestLane());
        s.hello(HELLO, now);
        lanes.get(s.lane).add(s);
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

    /** The lane with the fewest streams, so that the lanes stay even while streams come and go. */
    private int emptiestLane() {
        int best = 0;
        for (int i = 1; i < lanes.size(); i++) {
            if (lanes.get(i).size() < lanes.get(best).size()) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Writes the event to every stream it is for: lane 0 on this thread, the other lanes on their writers at the
     * same time. Returns when every lane is done (each write is non-blocking), so that the lanes see the events in
     * the order they are delivered.
     */
    @Override
    public void deliver(AlarmEvent event, Set<String> recipients) {
        if (count() == 0) {
            return;
        }
        byte[] frame = frame(event);
        List<CompletableFuture<Void>> others = new ArrayList<>(writers.length);
        for (int i = 0; i < writers.length; i++) {
            Set<Subscription> lane = lanes.get(i + 1);
            if (!lane.isEmpty()) {
                try {
                    others.add(CompletableFuture.runAsync(() -> offer(lane, event, frame, recipients), writers[i]));
                } catch (RejectedExecutionException e) {
                    return; // deactivated
                }
            }
        }
        offer(lanes.get(0), event, frame, recipients);
        for (CompletableFuture<Void> other : others) {
            try {
                other.get(LANE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("A stream writer did not finish event {} of alarm {}", event.id, event.alarmId, e);
            }
        }
    }

    private void offer(Set<Subscription> lane, AlarmEvent event, byte[] frame, Set<String> recipients) {
        Instant now = clock.instant();
        for (Subscription s : lane) {
            if (isFor(s, event, recipients)) {
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
        if (lanes.get(s.lane).remove(s)) {
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
            for (Subscription s : all()) {
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

    private List<Subscription> all() {
        List<Subscription> all = new ArrayList<>();
        for (Set<Subscription> lane : lanes) {
            all.addAll(lane);
        }
        return all;
    }

    public int count() {
        int n = 0;
        for (Set<Subscription> lane : lanes) {
            n += lane.size();
        }
        return n;
    }

    public List<Subscriber> subscribers() {
        List<Subscriber> list = new ArrayList<>();
        for (Subscription s : all()) {
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
