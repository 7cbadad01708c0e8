package de.koeln.zks.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTTP/1.1 response framing the stream client relies on, fed in pieces of every size. */
class ResponseReaderTest {

    /** Collects what the reader hands on. */
    private static final class Collected implements ResponseReader.Sink {
        int status;
        Map<String, String> headers;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int ends;
        int bodyCallsBeforeEnd;

        @Override
        public void head(int status, Map<String, String> headers) {
            this.status = status;
            this.headers = headers;
        }

        @Override
        public void body(byte[] bytes, int offset, int length) {
            assertThat(headers).as("the head comes first").isNotNull();
            assertThat(ends).as("no body after the end").isZero();
            body.write(bytes, offset, length);
            bodyCallsBeforeEnd++;
        }

        @Override
        public void end() {
            ends++;
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static final String FIRST = ": connected\nretry: 2000\n\n";
    private static final String SECOND = "event: RAISED\nid: 7\ndata: {\"note\":\"zks-bench-x-1\",\"ä\":1}\n\n";
    private static final String CHUNKED = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Transfer-Encoding: chunked\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n"
            + size(FIRST) + "\r\n" + FIRST + "\r\n"
            + size(SECOND) + ";ext=1\r\n" + SECOND + "\r\n"
            + "0\r\nTrailer: x\r\n\r\n";

    private static String size(String chunk) {
        return Integer.toHexString(chunk.getBytes(StandardCharsets.UTF_8).length).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void chunkedBodyCutAtEveryPossiblePlace() throws IOException {
        byte[] bytes = CHUNKED.getBytes(StandardCharsets.UTF_8);
        String expectedBody = FIRST + SECOND;
        for (int cut = 0; cut <= bytes.length; cut++) {
            Collected c = new Collected();
            ResponseReader r = new ResponseReader(c);
            r.feed(bytes, 0, cut);
            r.feed(bytes, cut, bytes.length - cut);
            assertThat(c.status).isEqualTo(200);
            assertThat(c.headers).containsEntry("content-type", "text/event-stream")
                    .containsEntry("set-cookie", "a=1, b=2");
            assertThat(c.text()).as("cut at %d", cut).isEqualTo(expectedBody);
            assertThat(c.ends).isEqualTo(1);
            assertThat(r.isDone()).isTrue();
        }
    }

    @Test
    void chunkedBodyByteByByteHandsOnEveryByteAtOnce() throws IOException {
        byte[] bytes = CHUNKED.getBytes(StandardCharsets.UTF_8);
        Collected c = new Collected();
        ResponseReader r = new ResponseReader(c);
        for (int i = 0; i < bytes.length; i++) {
            r.feed(bytes, i, 1);
        }
        assertThat(c.text()).startsWith(": connected\n").endsWith("1}\n\n");
        assertThat(c.ends).isEqualTo(1);
    }

    @Test
    void contentLengthEndsTheBodyAndMoreBytesAreAnError() throws IOException {
        Collected c = new Collected();
        ResponseReader r = new ResponseReader(c);
        byte[] bytes = ("HTTP/1.1 401 Unauthorized\r\nContent-Length: 11\r\nContent-Type: application/problem+json"
                + "\r\n\r\n{\"a\":\"bc\"}\n").getBytes(StandardCharsets.UTF_8);
        r.feed(bytes, 0, bytes.length);
        assertThat(c.status).isEqualTo(401);
        assertThat(c.text()).isEqualTo("{\"a\":\"bc\"}\n");
        assertThat(c.ends).isEqualTo(1);
        r.endOfInput(); // done already: the connection may close
        assertThatThrownBy(() -> r.feed(new byte[] {'x'}, 0, 1)).hasMessageContaining("after the end");
    }

    @Test
    void bodyUntilTheConnectionEndsAndInterimAnswersSkipped() throws IOException {
        Collected c = new Collected();
        ResponseReader r = new ResponseReader(c);
        byte[] bytes = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\nConnection: close\n\ndata: x\n\n"
                .getBytes(StandardCharsets.UTF_8);
        r.feed(bytes, 0, bytes.length);
        assertThat(c.status).isEqualTo(200);
        assertThat(c.ends).isZero();
        r.endOfInput();
        assertThat(c.text()).isEqualTo("data: x\n\n");
        assertThat(c.ends).isEqualTo(1);
    }

    @Test
    void noBodyFor204AndEmptyContentLength() throws IOException {
        for (String head : new String[] {"HTTP/1.1 204 No Content\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"}) {
            Collected c = new Collected();
            ResponseReader r = new ResponseReader(c);
            byte[] bytes = head.getBytes(StandardCharsets.US_ASCII);
            r.feed(bytes, 0, bytes.length);
            assertThat(c.ends).isEqualTo(1);
            assertThat(c.bodyCallsBeforeEnd).isZero();
        }
    }

    @Test
    void brokenResponsesAreErrors() {
        assertThatThrownBy(() -> feed("SSH-2.0-OpenSSH\r\n")).hasMessageContaining("not an HTTP/1.x status line");
        assertThatThrownBy(() -> feed("HTTP/1.1 2x0 OK\r\n")).hasMessageContaining("bad status code");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nno colon\r\n")).hasMessageContaining("bad header");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
                .hasMessageContaining("bad chunk size");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX\r\n"))
                .hasMessageContaining("not followed by CRLF");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"))
                .hasMessageContaining("bad Content-Length");
        assertThatThrownBy(() -> feed("HTTP/1.1 200 OK\r\nX: " + "y".repeat(ResponseReader.MAX_LINE) + "\r\n"))
                .hasMessageContaining("longer than");
    }

    @Test
    void connectionEndingEarlyIsAnError() throws IOException {
        Collected c = new Collected();
        ResponseReader r = new ResponseReader(c);
        byte[] bytes = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII);
        r.feed(bytes, 0, bytes.length);
        assertThatThrownBy(r::endOfInput).isInstanceOf(EOFException.class).hasMessageContaining("7 bytes missing");
        ResponseReader chunked = new ResponseReader(new Collected());
        byte[] head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab".getBytes(StandardCharsets.US_ASCII);
        chunked.feed(head, 0, head.length);
        assertThatThrownBy(chunked::endOfInput).hasMessageContaining("chunked body");
    }

    private static void feed(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        new ResponseReader(new Collected()).feed(bytes, 0, bytes.length);
    }
}
