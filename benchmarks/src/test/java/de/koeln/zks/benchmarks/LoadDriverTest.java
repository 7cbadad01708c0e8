package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LoadDriverTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpAndBadArguments() {
        assertThat(LoadDriver.run(new String[] {"--help"}, Map.of(), out)).isEqualTo(LoadDriver.EXIT_OK);
        assertThat(printed()).contains("Usage: LoadDriver");
        assertThat(LoadDriver.run(new String[] {"--nope=1"}, Map.of(), out)).isEqualTo(LoadDriver.EXIT_USAGE);
        assertThat(LoadDriver.run(new String[] {"--scenarios=post"}, Map.of(), out)).isEqualTo(LoadDriver.EXIT_USAGE);
        assertThat(printed()).contains("ZKS_ADMIN_PASSWORD");
    }

    @Test
    void seedTotalIsParsedFromTheSearchAnswer() {
        assertThat(Seeder.parseTotal("{\"items\":[{\"total\":\"x\"}],\"offset\":0,\"limit\":1,\"total\": 123456}"))
                .isEqualTo(OptionalLong.of(123456));
        assertThat(Seeder.parseTotal("{\"items\":[]}")).isEmpty();
        assertThat(Seeder.parseTotal(null)).isEmpty();
    }

    @Test
    @Timeout(15)
    void seedsThenMeasuresAndWritesMarkdown(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("perf.md");
        try (FakeServer server = new FakeServer("admin", "pw", 0)) {
            int code = LoadDriver.run(new String[] {"--url=" + server.uri(), "--connections=3", "--warmup=0", "--max-warmup=0", "--driver-warmup=1", "--server-warmup=1", "--settle=1",
                    "--duration=1", "--seed-total=40", "--scenarios=get-filtered", "--markdown=" + md},
                    Map.of(Options.ENV_PASSWORD, "pw"), out);

            assertThat(server.stored.get()).isBetween(40L, 42L);
            assertThat(server.searches.get()).isGreaterThan(10);
            // 40 stored is far below the 100,000 the target needs: N/A if fast enough, FAIL on a slow machine
            assertThat(code).isIn(LoadDriver.EXIT_OK, LoadDriver.EXIT_TARGET_FAILED);
        }
        assertThat(printed()).contains("seeding: 0 incidents stored, posting 40 more", "seeded 40 / 40",
                "warming up the server for 1 s with a mix of get-filtered", "get-filtered p99").doesNotContain("PASS");
        assertThat(printed().indexOf("seeded 40 / 40")).as("the server warms up on the seeded store")
                .isLessThan(printed().indexOf("warming up the server"));
        assertThat(Files.readString(md)).startsWith("Measured ").contains("| get-filtered |", "| get-filtered p99 |")
                .containsPattern("4[0-2] stored").doesNotContain("pw");
    }

    @Test
    void theServerWarmUpGivesEachWorkerTheSelectedScenariosInTurn() {
        Scenario.Target target = new Scenario.Target(java.net.URI.create("http://127.0.0.1:1"), "admin", "pw",
                java.time.Duration.ofSeconds(1));
        var mixed = LoadDriver.mixed(java.util.List.of(Scenario.TRIVIAL, Scenario.POST, Scenario.GET_FILTERED), target, 1);
        var first = mixed.apply(0);
        var second = mixed.apply(1);

        assertThat(java.util.stream.Stream.generate(first).limit(6).map(LoadDriverTest::kind))
                .containsExactly("GET /api/platform/health", "POST /api/incidents", "GET /api/incidents",
                        "GET /api/platform/health", "POST /api/incidents", "GET /api/incidents");
        assertThat(kind(second.get())).as("another worker starts at another scenario").isEqualTo("POST /api/incidents");
    }

    private static String kind(java.net.http.HttpRequest request) {
        return request.method() + " " + request.uri().getPath();
    }

    @Test
    @Timeout(10)
    void unreachableServerEndsWithExitCode1() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int code = LoadDriver.run(new String[] {"--url=http://127.0.0.1:" + port, "--scenarios=trivial"},
                Map.of(), out);
        assertThat(code).isEqualTo(LoadDriver.EXIT_UNREACHABLE);
        assertThat(printed()).contains("cannot reach", "is the distribution started?");
    }
}
