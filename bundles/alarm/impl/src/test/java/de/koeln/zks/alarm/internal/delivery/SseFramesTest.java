package de.koeln.zks.alarm.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmEventType;

/** The bytes on the wire, as CXF's event sink wrote them before. */
class SseFramesTest {

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void anEventHasNameIdAndOneDataLinePerLine() {
        assertThat(s(SseFrames.event(42, "RAISED", "{\"a\":\"ä\"}".getBytes(StandardCharsets.UTF_8))))
            .isEqualTo("event: RAISED\nid: 42\ndata: {\"a\":\"ä\"}\n\n");
        assertThat(s(SseFrames.event(1, "X", "one\r\ntwo\nthree".getBytes(StandardCharsets.UTF_8))))
            .isEqualTo("event: X\nid: 1\ndata: one\ndata: two\ndata: three\n\n");
        assertThat(s(SseFrames.event(1, "X", new byte[0]))).isEqualTo("event: X\nid: 1\ndata: \n\n");
    }

    @Test
    void helloAndHeartbeatAreComments() {
        assertThat(s(StreamHub.HELLO)).isEqualTo(": connected\nretry: 2000\n\n");
        assertThat(s(StreamHub.HEARTBEAT)).isEqualTo(": heartbeat\n\n");
    }

    @Test
    void theEventIsTheApiJsonOnOneLine() {
        AlarmEvent e = new AlarmEvent();
        e.id = 7;
        e.type = AlarmEventType.RAISED;
        e.alarmId = 3;
        e.alarmClass = AlarmClass.values()[0];
        e.at = OffsetDateTime.parse("2026-11-27T10:00:00Z");
        e.note = "zwei\nZeilen";
        e.groups = List.of("desk");
        String frame = s(StreamHub.frame(e));
        assertThat(frame).startsWith("event: RAISED\nid: 7\ndata: {").endsWith("}\n\n");
        assertThat(frame.split("\n")).hasSize(3);
        assertThat(frame).contains("\"at\":\"2026-11-27T10:00:00Z\"").contains("\"note\":\"zwei\\nZeilen\"")
            .doesNotContain("\"room\"");
    }
}
