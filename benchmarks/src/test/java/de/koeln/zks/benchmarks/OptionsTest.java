package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static Options parse(Map<String, String> env, String... args) {
        return Options.parse(args, env);
    }

    @Test
    void defaults() {
        Options o = parse(Map.of(Options.ENV_PASSWORD, "s3cret"));
        assertThat(o.url()).isEqualTo(URI.create("http://localhost:8181"));
        assertThat(o.user()).isEqualTo("admin");
        assertThat(o.password()).contains("s3cret");
        assertThat(o.connections()).isEqualTo(16);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.maxWarmup()).as("until steady, at most 3 minutes").isEqualTo(Duration.ofSeconds(180));
        assertThat(o.serverWarmup()).as("three minutes of C2 waves and a margin").isEqualTo(Duration.ofSeconds(240));
        assertThat(o.seedTotal()).isEqualTo(100_000);
        assertThat(o.scenarios()).containsExactly(Scenario.TRIVIAL, Scenario.TRIVIAL_AUTH, Scenario.POST,
                Scenario.GET_FILTERED);
        assertThat(o.markdown()).isEmpty();
        assertThat(o.help()).isFalse();
    }

    @Test
    void explicitValuesOverrideDefaultsAndEnvironment() {
        Options o = parse(Map.of(Options.ENV_PASSWORD, "fromEnv"), "--url=http://127.0.0.1:9000/",
                "--user=bench", "--password=fromArg", "--connections=4", "--duration=3", "--warmup=0",
                "--seed-total=1_000", "--scenarios=post, trivial,post", "--markdown=out.md", "--server-warmup=0");
        assertThat(o.url()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(o.user()).isEqualTo("bench");
        assertThat(o.password()).contains("fromArg");
        assertThat(o.connections()).isEqualTo(4);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.warmup()).isZero();
        assertThat(o.maxWarmup()).as("still until steady").isEqualTo(Duration.ofSeconds(180));
        assertThat(o.seedTotal()).isEqualTo(1000);
        assertThat(o.serverWarmup()).isZero();
        assertThat(o.scenarios()).containsExactly(Scenario.POST, Scenario.TRIVIAL);
        assertThat(o.markdown()).contains("out.md");
    }

    @Test
    void aLongestWarmUpNotAboveTheLeastOneMeansAFixedWarmUp() {
        Options fixed = parse(Map.of(), "--warmup=30", "--max-warmup=0");
        assertThat(fixed.warmup()).isEqualTo(Duration.ofSeconds(30));
        assertThat(fixed.maxWarmup()).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoadDriver.warmupText(fixed)).isEqualTo("30 s warm-up");
        assertThat(LoadDriver.warmupText(parse(Map.of(), "--warmup=10", "--max-warmup=120")))
            .isEqualTo("warm-up of 10 s and on until the rate is steady (at most 120 s)");
    }

    @Test
    void passwordIsOnlyRequiredForAuthenticatedScenarios() {
        assertThat(parse(Map.of(), "--scenarios=trivial").needsPassword()).isFalse();
        assertThat(parse(Map.of(), "--scenarios=trivial").password()).isEmpty();
        assertThat(parse(Map.of(), "--scenarios=trivial,get-filtered").needsPassword()).isTrue();
    }

    @Test
    void helpMayStandAlone() {
        assertThat(parse(Map.of(), "--help").help()).isTrue();
        assertThat(Options.usage()).contains("--url", "--connections", "--seed-total", "--scenarios", "--markdown");
    }

    @Test
    void rejectsMalformedArguments() {
        assertThatThrownBy(() -> parse(Map.of(), "connections=3")).hasMessageContaining("--key=value");
        assertThatThrownBy(() -> parse(Map.of(), "--conections=3")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> parse(Map.of(), "--connections")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--connections=0")).hasMessageContaining("between 1");
        assertThatThrownBy(() -> parse(Map.of(), "--duration=abc")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse(Map.of(), "--warmup=1", "--warmup=2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse(Map.of(), "--scenarios=trivial,bogus")).hasMessageContaining("bogus");
        assertThatThrownBy(() -> parse(Map.of(), "--scenarios=,")).hasMessageContaining("no scenario");
        assertThatThrownBy(() -> parse(Map.of(), "--url=ftp://x")).hasMessageContaining("http");
        assertThatThrownBy(() -> parse(Map.of(), "--url=localhost:8181")).isInstanceOf(IllegalArgumentException.class);
    }
}
