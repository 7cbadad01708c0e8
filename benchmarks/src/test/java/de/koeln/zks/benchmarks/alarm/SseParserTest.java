package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

    private final List<SseEvent> events = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private final SseParser parser = new SseParser(new SseParser.Listener() {
        @Override
        public void onEvent(SseEvent event) {
            events.add(event);
        }

        @Override
        public void onComment(String comment) {
            comments.add(comment);
        }
    });

    /** Feeds the text one byte at a time: every possible chunk boundary occurs. */
    private void feedBytewise(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            parser.feed(ByteBuffer.wrap(new byte[] {b}));
        }
    }

    @Test
    void idEventAndDataFields() {
        parser.feed("id: 17\nevent: RAISED\ndata: {\"alarmId\":1}\n\n");
        assertThat(events).containsExactly(new SseEvent("17", "RAISED", "{\"alarmId\":1}"));
        assertThat(parser.lastEventId()).isEqualTo("17");
    }

    @Test
    void multiLineDataIsJoinedWithNewlines() {
        parser.feed("data: first\ndata:second\ndata:  third keeps one space\ndata\n\n");
        assertThat(events).extracting(SseEvent::data)
                .containsExactly("first\nsecond\n third keeps one space\n");
    }

    @Test
    void commentsAreNotEventsAndDoNotDisturbOne() {
        parser.feed(": heartbeat\n\n:\nid: 1\n: in the middle\ndata: x\n\n: heartbeat\n\n");
        assertThat(events).containsExactly(new SseEvent("1", "message", "x"));
        assertThat(comments).containsExactly(" heartbeat", "", " in the middle", " heartbeat");
    }

    @Test
    void crlfCrAndLfLineEndsAlsoWhenSplitAcrossChunks() {
        feedBytewise("id: 1\r\nevent: A\r\ndata: crlf\r\n\r\nid: 2\revent: B\rdata: cr\r\rid: 3\nevent: C\ndata: lf\n\n");
        assertThat(events).containsExactly(new SseEvent("1", "A", "crlf"), new SseEvent("2", "B", "cr"),
                new SseEvent("3", "C", "lf"));
    }

    @Test
    void aCrlfSplitBetweenChunksIsOneLineEnd() {
        parser.feed("data: a\r");
        parser.feed("\ndata: b\r");
        parser.feed("\n\r");
        parser.feed("\n");
        assertThat(events).containsExactly(new SseEvent(null, "message", "a\nb"));
    }

    @Test
    void idPersistsAndEventTypeResetsAfterDispatch() {
        parser.feed("id: 5\nevent: RAISED\ndata: a\n\ndata: b\n\n");
        assertThat(events).containsExactly(new SseEvent("5", "RAISED", "a"), new SseEvent("5", "message", "b"));
    }

    @Test
    void eventWithoutDataIsNotDispatchedButItsIdCounts() {
        parser.feed("id: 9\nevent: RAISED\n\ndata: x\n\n");
        assertThat(events).containsExactly(new SseEvent("9", "message", "x"));
        parser.feed("id: 10\n\n");
        assertThat(events).hasSize(1);
        assertThat(parser.lastEventId()).isEqualTo("10");
    }

    @Test
    void emptyDataLineIsDispatchedAndEmptyIdResets() {
        parser.feed("id: 3\ndata:\n\nid\ndata: y\n\n");
        assertThat(events).containsExactly(new SseEvent("3", "message", ""), new SseEvent("", "message", "y"));
    }

    @Test
    void retryUnknownFieldsAndIdsWithNulAreIgnored() {
        parser.feed("id: 4\n\nretry: 1000\nfoo: bar\nid: 5\u0000x\ndata: z\n\n");
        assertThat(events).containsExactly(new SseEvent("4", "message", "z"));
    }

    @Test
    void utf8SplitInsideACharacterAndLeadingBom() {
        feedBytewise("\uFEFFdata: Bürgeramt – Köln\n\n");
        assertThat(events).containsExactly(new SseEvent(null, "message", "Bürgeramt – Köln"));
    }

    @Test
    void anUnterminatedEventIsNotDispatched() {
        parser.feed("id: 1\ndata: complete\n\nid: 2\ndata: incomplete\n");
        assertThat(events).extracting(SseEvent::id).containsExactly("1");
    }

    @Test
    void longLinesGrowTheBuffer() {
        String big = "x".repeat(10_000);
        parser.feed("data: " + big + "\n\n");
        assertThat(events).extracting(SseEvent::data).containsExactly(big);
    }
}
