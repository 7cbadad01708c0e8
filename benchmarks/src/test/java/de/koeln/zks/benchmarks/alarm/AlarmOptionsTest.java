package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmOptionsTest {

    private static AlarmOptions parse(Map<String, String> env, String... args) {
        return AlarmOptions.parse(args, env);
    }

    @Test
    void defaults() {
        AlarmOptions o = parse(Map.of(AlarmOptions.ENV_PASSWORD, "s3cret"));
        assertThat(o.url()).isEqualTo(URI.create("http://localhost:8181"));
        assertThat(o.user()).isEqualTo("admin");
        assertThat(o.password()).contains("s3cret");
        assertThat(o.subscribers()).isEqualTo(1000);
        assertThat(o.rate()).isEqualTo(10.0);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.points()).isEqualTo(200);
        assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.reconnectGap()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.afterReconnect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.grace()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.drainTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.streamThreads()).isEqualTo(2);
        assertThat(o.markdown()).isEmpty();
        assertThat(o.help()).isFalse();
    }

    @Test
    void explicitValuesOverrideDefaultsAndEnvironment() {
        AlarmOptions o = parse(Map.of(AlarmOptions.ENV_PASSWORD, "fromEnv"), "--url=http://127.0.0.1:9000/",
                "--user=desk", "--password=fromArg", "--subscribers=2_000", "--rate=2.5", "--duration=0.5",
                "--warmup=0", "--points=50", "--timeout=3", "--reconnect-gap=0", "--after-reconnect=1.25",
                "--grace=0", "--drain-timeout=90", "--stream-threads=4", "--markdown=out.md");
        assertThat(o.url()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(o.user()).isEqualTo("desk");
        assertThat(o.password()).contains("fromArg");
        assertThat(o.subscribers()).isEqualTo(2000);
        assertThat(o.rate()).isEqualTo(2.5);
        assertThat(o.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.warmup()).isZero();
        assertThat(o.points()).isEqualTo(50);
        assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.reconnectGap()).isZero();
        assertThat(o.afterReconnect()).isEqualTo(Duration.ofMillis(1250));
        assertThat(o.grace()).isZero();
        assertThat(o.drainTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(o.streamThreads()).isEqualTo(4);
        assertThat(o.markdown()).contains("out.md");
    }

    @Test
    void emptyPasswordCountsAsMissing() {
        assertThat(parse(Map.of()).password()).isEmpty();
        assertThat(parse(Map.of(AlarmOptions.ENV_PASSWORD, "x"), "--password=").password()).isEmpty();
    }

    @Test
    void helpMayStandAloneAndListsEveryOption() {
        assertThat(parse(Map.of(), "--help").help()).isTrue();
        assertThat(AlarmOptions.usage()).contains("--url", "--user", "--password", "--subscribers", "--rate",
                "--duration", "--warmup", "--points", "--timeout", "--markdown", "--reconnect-gap",
                "--after-reconnect", "--grace", "--drain-timeout", "--stream-threads", AlarmOptions.ENV_PASSWORD);
    }

    @Test
    void rejectsMalformedArguments() {
        assertThatThrownBy(() -> parse(Map.of(), "rate=3")).hasMessageContaining("--key=value");
        assertThatThrownBy(() -> parse(Map.of(), "--subscriber=3")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> parse(Map.of(), "--rate")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--subscribers=0")).hasMessageContaining("between 1");
        assertThatThrownBy(() -> parse(Map.of(), "--subscribers=1.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse(Map.of(), "--rate=0")).hasMessageContaining("between 0.01");
        assertThatThrownBy(() -> parse(Map.of(), "--duration=abc")).hasMessageContaining("must be a number");
        assertThatThrownBy(() -> parse(Map.of(), "--duration=0")).hasMessageContaining("between 0.1");
        assertThatThrownBy(() -> parse(Map.of(), "--warmup=-1")).hasMessageContaining("between 0");
        assertThatThrownBy(() -> parse(Map.of(), "--warmup=1", "--warmup=2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> parse(Map.of(), "--stream-threads=65")).hasMessageContaining("between 1 and 64");
        assertThatThrownBy(() -> parse(Map.of(), "--url=ftp://x")).hasMessageContaining("http");
        assertThatThrownBy(() -> parse(Map.of(), "--url=localhost:8181")).isInstanceOf(IllegalArgumentException.class);
    }
}
