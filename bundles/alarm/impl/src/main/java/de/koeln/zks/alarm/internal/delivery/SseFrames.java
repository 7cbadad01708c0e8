package de.koeln.zks.alarm.internal.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Server-Sent Events frames as the stream writes them, each encoded once into bytes and then written unchanged to
 * every stream it is for. The format is the one CXF wrote before: {@code event:}, {@code id:}, comment, {@code retry:},
 * {@code data:} lines (one per line of the data), then an empty line.
 */
final class SseFrames {
    private static final byte[] NL = {'\n'};
    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

    private SseFrames() {
    }

    /** An event with name and id whose data is the UTF-8 JSON {@code data}. */
    static byte[] event(long id, String name, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 48);
        field(out, "event: ", name);
        field(out, "id: ", Long.toString(id));
        int start = 0;
        while (true) {
            int nl = start;
            while (nl < data.length && data[nl] != '\n') {
                nl++;
            }
            int end = nl > start && data[nl - 1] == '\r' ? nl - 1 : nl;
            out.writeBytes(DATA);
            out.write(data, start, end - start);
            out.writeBytes(NL);
            if (nl >= data.length) {
                break;
            }
            start = nl + 1;
        }
        out.writeBytes(NL);
        return out.toByteArray();
    }

    /** A comment (ignored by clients): the heartbeat. */
    static byte[] comment(String text) {
        return (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The first frame: a comment and the delay after which a browser reconnects. */
    static byte[] hello(String comment, long reconnectMillis) {
        return (": " + comment + "\nretry: " + reconnectMillis + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, String prefix, String value) {
        out.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(value.replace("\r", "").replace("\n", "").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(NL);
    }
}
