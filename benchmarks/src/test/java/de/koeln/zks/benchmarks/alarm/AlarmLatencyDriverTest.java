package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import de.koeln.zks.benchmarks.Targets.Check;
import de.koeln.zks.benchmarks.Targets.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole driver against {@link FakeAlarmServer}, with short phases. */
class AlarmLatencyDriverTest {

    static final int SUBSCRIBERS = 20;
    static final Map<String, String> ENV = Map.of(AlarmOptions.ENV_PASSWORD, "pw");

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Runs the driver with short phases; {@code overrides} replace the defaults of the same key. */
    private AlarmLatencyDriver.RunResult run(FakeAlarmServer server, String... overrides) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : List.of("--url=" + server.uri(), "--subscribers=" + SUBSCRIBERS, "--rate=40",
                "--warmup=0.2", "--duration=0.6", "--points=30", "--reconnect-gap=0.4", "--after-reconnect=0.4",
                "--grace=3", "--drain-timeout=5", "--timeout=3")) {
            args.put(a.substring(0, a.indexOf('=')), a);
        }
        for (String a : overrides) {
            args.put(a.substring(0, a.indexOf('=')), a);
        }
        return AlarmLatencyDriver.measure(args.values().toArray(String[]::new), ENV, out);
    }

    private static Verdict verdict(AlarmLatencyDriver.RunResult r, String prefix) {
        return r.checks().stream().filter(c -> c.name().startsWith(prefix)).map(Check::verdict).findFirst()
                .orElseThrow();
    }

    @Test
    @Timeout(30)
    void everySubscriberGetsEveryAlarmOnceAlsoAcrossTheReconnect(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("alarm.md");
        Files.writeString(md, "# earlier content\n");
        AlarmLatencyDriver.RunResult r;
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "pw", FakeAlarmServer.Fault.NONE)) {
            r = run(server, "--markdown=" + md);

            assertThat(r.exitCode()).isEqualTo(AlarmLatencyDriver.EXIT_OK);
            // all open at the same time (the closed first streams may linger until the server's next heartbeat)
            assertThat(server.maxOpenStreams.get()).isGreaterThanOrEqualTo(SUBSCRIBERS);
            assertThat(server.streamRequests.get()).isEqualTo(2L * SUBSCRIBERS);
            assertThat(server.withLastEventId.get()).isEqualTo(SUBSCRIBERS);
            assertThat(server.joined.get()).isZero();
            assertThat(server.closed.get()).isEqualTo(server.raised.get()); // every alarm closed again
            assertThat(server.openStreams()).isZero();
            assertThat(server.hasPoint("BENCH-030")).isTrue();
        }
        PhaseResult live = r.live();
        assertThat(live.subscribers()).isEqualTo(SUBSCRIBERS);
        assertThat(live.alarms()).isBetween(12L, 30L); // 40/s for 0.6 s, give or take the window's edges
        assertThat(live.expected()).isEqualTo(live.alarms() * SUBSCRIBERS);
        assertThat(live.received()).isEqualTo(live.expected());
        assertThat(live.missed()).isZero();
        assertThat(live.duplicates()).isZero();
        assertThat(live.samples()).isEqualTo(live.expected());
        assertThat(live.percentileMillis(50)).isPositive().isLessThanOrEqualTo(live.maxMillis());

        PhaseResult reconnect = r.reconnect();
        assertThat(reconnect.expected()).isPositive();
        assertThat(reconnect.missed()).isZero();
        assertThat(reconnect.duplicates()).isZero();
        assertThat(reconnect.samples()).isPositive();
        Deliveries.Replay replay = r.replay();
        assertThat(replay.expected()).isPositive();
        assertThat(replay.replayed()).isEqualTo(replay.expected());
        assertThat(replay.subscribers()).isEqualTo(SUBSCRIBERS);
        // replayed plus live-after-reconnect deliveries are exactly the phase's deliveries
        assertThat(replay.replayed() + reconnect.samples()).isEqualTo(reconnect.received());

        assertThat(r.drain().reached()).isTrue();
        assertThat(r.drain().lastCount()).hasValue(0);
        assertThat(r.problems().isEmpty()).as(r.problems().summary()).isTrue();
        assertThat(verdict(r, "missed deliveries (live)")).isEqualTo(Verdict.PASS);
        assertThat(verdict(r, "missed deliveries (reconnect)")).isEqualTo(Verdict.PASS);
        assertThat(verdict(r, "duplicate")).isEqualTo(Verdict.PASS);
        assertThat(verdict(r, "open streams")).isEqualTo(Verdict.PASS);
        // 20 subscribers are far too few for the latency target: N/A when fast, FAIL on a very slow machine
        assertThat(verdict(r, "delivery p99")).isIn(Verdict.NOT_APPLICABLE, Verdict.FAIL);

        assertThat(r.liveCpu().driverCores()).isPositive();
        assertThat(printed()).contains("setup: group bench-desk created; points BENCH-001..BENCH-030: 30 created",
                "20 of 20 streams answered 200", "server counts 20 open streams", "20 of 20 streams reopened",
                "Results", "Targets", "replay:", "open streams after closing all: 0", "cpu during the live phase: driver");
        assertThat(Files.readString(md)).startsWith("# earlier content\nSilent alarm delivery, measured ")
                .contains("| Phase | Alarms | Subscribers |", "| live | ", "| reconnect | ",
                        "| missed deliveries (live) | 0 of ", "| PASS |")
                .doesNotContain("pw");
    }

    @Test
    @Timeout(30)
    void alarmsRaisedDuringTheGapAreMissedWhenTheServerIgnoresLastEventId() throws Exception {
        AlarmLatencyDriver.RunResult r;
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "pw",
                FakeAlarmServer.Fault.IGNORE_LAST_EVENT_ID)) {
            r = run(server, "--grace=1.5"); // the reconnect phase never completes: it waits the whole grace
        }
        assertThat(r.exitCode()).isEqualTo(AlarmLatencyDriver.EXIT_OK); // a FAIL is a result, not an error
        assertThat(r.live().missed()).isZero();
        Deliveries.Replay replay = r.replay();
        assertThat(replay.expected()).isPositive();
        // only alarms sent just before a reconnect but created after the server took it can still arrive
        assertThat(replay.replayed()).isLessThan(replay.expected());
        assertThat(r.reconnect().missed()).isGreaterThanOrEqualTo(replay.expected() - replay.replayed());
        assertThat(verdict(r, "missed deliveries (live)")).isEqualTo(Verdict.PASS);
        assertThat(verdict(r, "missed deliveries (reconnect)")).isEqualTo(Verdict.FAIL);
        assertThat(printed()).contains("FAIL");
    }

    @Test
    @Timeout(30)
    void replayingAlreadyDeliveredEventsCountsDuplicates() throws Exception {
        AlarmLatencyDriver.RunResult r;
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "pw", FakeAlarmServer.Fault.REPLAY_FROM_START)) {
            r = run(server);
        }
        assertThat(r.reconnect().missed()).isZero();
        assertThat(r.live().duplicates()).isZero();
        // every alarm a subscriber already had before the disconnect comes again
        assertThat(r.reconnect().duplicates()).isGreaterThanOrEqualTo((long) SUBSCRIBERS * r.live().alarms());
        assertThat(verdict(r, "duplicate")).isEqualTo(Verdict.FAIL);
    }

    @Test
    @Timeout(30)
    void aStreamEndedByTheServerIsReportedAndItsAlarmsMissed() throws Exception {
        AlarmLatencyDriver.RunResult r;
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "pw", FakeAlarmServer.Fault.END_FIRST_STREAM)) {
            r = run(server, "--warmup=0", "--grace=1.5");
        }
        assertThat(r.live().streamEnds()).isEqualTo(1);
        assertThat(r.live().missed()).isEqualTo(r.live().alarms() - 1); // it got the first one only
        assertThat(r.reconnect().missed()).isZero(); // it reconnects with Last-Event-ID like everybody else
        assertThat(r.problems().summary()).contains("stream 1 ended unexpectedly: closed by the server×1");
        assertThat(verdict(r, "missed deliveries (live)")).isEqualTo(Verdict.FAIL);
        assertThat(printed()).contains("streams ended unexpectedly: 1 live, 0 after reconnect");
    }

    @Test
    @Timeout(20)
    void wrongPasswordIsASetupFailure() throws Exception {
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "other", FakeAlarmServer.Fault.NONE)) {
            assertThat(run(server).exitCode()).isEqualTo(AlarmLatencyDriver.EXIT_UNREACHABLE);
            assertThat(server.triggers.get()).isZero();
            assertThat(server.streamRequests.get()).isZero();
        }
        assertThat(printed()).contains("HTTP 401", "Unauthorized", "is '" + "admin" + "' an admin?");
    }

    @Test
    @Timeout(20)
    void unreachableServerEndsWithExitCode1() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        int code = AlarmLatencyDriver.run(new String[] {"--url=http://127.0.0.1:" + port, "--timeout=2"}, ENV, out);
        assertThat(code).isEqualTo(AlarmLatencyDriver.EXIT_UNREACHABLE);
        assertThat(printed()).contains("cannot reach", "is the distribution started?");
    }

    @Test
    void helpBadArgumentsAndMissingPassword() {
        assertThat(AlarmLatencyDriver.run(new String[] {"--help"}, Map.of(), out))
                .isEqualTo(AlarmLatencyDriver.EXIT_OK);
        assertThat(printed()).contains("Usage: AlarmLatencyDriver", "--subscribers", "--reconnect-gap");
        assertThat(AlarmLatencyDriver.run(new String[] {"--rate=fast"}, ENV, out))
                .isEqualTo(AlarmLatencyDriver.EXIT_USAGE);
        assertThat(AlarmLatencyDriver.run(new String[0], Map.of(), out)).isEqualTo(AlarmLatencyDriver.EXIT_USAGE);
        assertThat(printed()).contains("error: --rate must be a number", AlarmOptions.ENV_PASSWORD);
    }
}
