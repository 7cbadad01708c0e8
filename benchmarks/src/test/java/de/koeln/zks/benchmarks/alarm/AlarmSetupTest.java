package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AlarmSetupTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    @Timeout(10)
    void createsThenReplaces() throws Exception {
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "pw", FakeAlarmServer.Fault.NONE)) {
            AlarmApi api = new AlarmApi(server.uri(), "admin", "pw", Duration.ofSeconds(5), executor);

            AlarmSetup.Result first = AlarmSetup.run(api, "admin", 25);
            assertThat(first).isEqualTo(new AlarmSetup.Result("created", 25, 0));
            AlarmSetup.Result second = AlarmSetup.run(api, "admin", 25);
            assertThat(second).isEqualTo(new AlarmSetup.Result("replaced", 0, 25));

            assertThat(server.groupPuts.get()).isEqualTo(1);
            assertThat(server.pointPuts.get()).isEqualTo(25);
            assertThat(server.hasPoint("BENCH-025")).isTrue();
        }
    }

    @Test
    @Timeout(10)
    void refusalIsASetupException() throws Exception {
        try (FakeAlarmServer server = new FakeAlarmServer("admin", "pw", FakeAlarmServer.Fault.NONE)) {
            AlarmApi api = new AlarmApi(server.uri(), "admin", "wrong", Duration.ofSeconds(5), executor);
            assertThatThrownBy(() -> AlarmSetup.run(api, "admin", 3))
                    .isInstanceOf(AlarmSetup.SetupException.class)
                    .hasMessageContaining("POST /api/alarm/groups (bench-desk) -> HTTP 401")
                    .hasMessageContaining("Unauthorized");
        }
    }

    @Test
    void requestBodiesFollowTheContract() {
        assertThat(Json.object(AlarmApi.groupJson("admin"))).containsEntry("name", "bench-desk")
                .containsEntry("members", java.util.List.of("admin")).containsEntry("kind", "CENTRAL_DESK");
        assertThat(Json.object(AlarmApi.pointJson(1))).containsEntry("id", "BENCH-001")
                .containsEntry("building", "Benchmark").containsEntry("floor", "0").containsEntry("room", "B-001")
                .containsEntry("unit", "Benchmark").containsEntry("groups", java.util.List.of("bench-desk"));
        assertThat(AlarmApi.parseCount("{\"count\": 17, \"byGroup\":{}}")).hasValue(17);
        assertThat(AlarmApi.parseCount("<html>")).isEmpty();
        assertThat(AlarmApi.parseId("{\"id\":123,\"state\":\"RAISED\"}")).hasValue(123);
    }
}
