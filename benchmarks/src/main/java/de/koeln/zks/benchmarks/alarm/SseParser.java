package de.koeln.zks.benchmarks.alarm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Incremental parser of a {@code text/event-stream} body as specified in the HTML standard ("Server-sent
 * events", parsing an event stream). Fed with the bytes as they arrive, in chunks of any size; it splits lines at
 * CRLF, LF or CR (also when a CRLF is split between two chunks), ignores comment lines ({@code :heartbeat}),
 * collects {@code id}, {@code event} and {@code data} fields and dispatches an event at every blank line. A
 * leading byte-order mark is ignored, {@code retry} and unknown fields too; an event without data is not
 * dispatched, and an unterminated event at the end of the stream is discarded.
 *
 * <p>Not thread-safe: one parser per stream, fed by one thread at a time.
 */
final class SseParser {

    /** Receives the parser's output on the feeding thread. */
    interface Listener {
        void onEvent(SseEvent event);

        /** A comment line (heartbeat), without the leading colon. */
        default void onComment(String comment) { }
    }

    private final Listener listener;
    private byte[] line = new byte[512];
    private int lineLength;
    private boolean lastWasCr;
    private boolean firstLine = true;
    private String lastEventId;
    private String eventType = "";
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    SseParser(Listener listener) {
        this.listener = listener;
    }

    /** The last event id seen so far ({@code id:} field), {@code null} before the first one. */
    String lastEventId() {
        return lastEventId;
    }

    void feed(ByteBuffer buffer) {
        while (buffer.hasRemaining()) {
            accept(buffer.get());
        }
    }

    void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i]);
        }
    }

    void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        feed(bytes, 0, bytes.length);
    }

    private void accept(byte b) {
        if (b == '\n') {
            if (lastWasCr) { // second half of a CRLF
                lastWasCr = false;
                return;
            }
            endOfLine();
        } else if (b == '\r') {
            lastWasCr = true;
            endOfLine();
        } else {
            lastWasCr = false;
            if (lineLength == line.length) {
                byte[] bigger = new byte[line.length * 2];
                System.arraycopy(line, 0, bigger, 0, lineLength);
                line = bigger;
            }
            line[lineLength++] = b;
        }
    }

    // CR and LF never occur inside a multi-byte UTF-8 sequence, so decoding whole lines is safe
    private void endOfLine() {
        String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
        lineLength = 0;
        if (firstLine) {
            firstLine = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        }
        processLine(text);
    }

    private void processLine(String text) {
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        if (text.charAt(0) == ':') {
            listener.onComment(text.substring(1));
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event":
                eventType = value;
                break;
            case "data":
                data.append(value).append('\n');
                hasData = true;
                break;
            case "id":
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
                break;
            default:
                break; // "retry" and unknown fields are ignored
        }
    }

    private void dispatch() {
        if (!hasData) {
            eventType = "";
            return;
        }
        data.setLength(data.length() - 1); // the newline after the last data line
        SseEvent event = new SseEvent(lastEventId, eventType.isEmpty() ? "message" : eventType, data.toString());
        data.setLength(0);
        hasData = false;
        eventType = "";
        listener.onEvent(event);
    }
}
