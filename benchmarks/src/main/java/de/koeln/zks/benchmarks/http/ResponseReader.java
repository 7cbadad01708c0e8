package de.koeln.zks.benchmarks.http;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import de.koeln.zks.benchmarks.ErrorSamples;

/**
 * Incremental reader of one HTTP/1.1 response (RFC 9112), fed with the bytes as they come off the socket in chunks
 * of any size: the status line and header fields, then the body framed by {@code Transfer-Encoding: chunked}, by
 * {@code Content-Length} or by the end of the connection. Body bytes are handed on as they arrive, without copying
 * and without waiting for a chunk to be complete, so an event stream's events reach the parser at once.
 *
 * <p>Not thread-safe: one reader per connection, fed by one thread at a time.
 */
public final class ResponseReader {

    /** Receives the response on the feeding thread. */
    public interface Sink {
        /** The head is complete; header names are lower case, a repeated field's values are joined by ", ". */
        void head(int status, Map<String, String> headers);

        /** Body bytes; valid only during the call. */
        void body(byte[] bytes, int offset, int length);

        /** The body is complete (last chunk, declared length or the connection's end). */
        void end();
    }

    public static final int MAX_LINE = 16 * 1024;
    static final int MAX_HEADERS = 100;

    private enum State { STATUS_LINE, HEADER_LINE, CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILER, LENGTH, UNTIL_EOF, DONE }

    private final Sink sink;
    private final byte[] line = new byte[MAX_LINE];
    private int lineLength;
    private State state = State.STATUS_LINE;
    private int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private long remaining;

    public ResponseReader(Sink sink) {
        this.sink = sink;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    /** Feeds bytes read from the connection; bytes after the end of the response are an error. */
    public void feed(byte[] bytes, int offset, int length) throws IOException {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            switch (state) {
                case CHUNK_DATA, LENGTH -> {
                    int n = (int) Math.min(remaining, end - i);
                    sink.body(bytes, i, n);
                    i += n;
                    remaining -= n;
                    if (remaining == 0) {
                        if (state == State.LENGTH) {
                            finish();
                        } else {
                            state = State.CHUNK_DATA_END;
                        }
                    }
                }
                case UNTIL_EOF -> {
                    sink.body(bytes, i, end - i);
                    i = end;
                }
                case DONE -> throw new IOException("unexpected bytes after the end of the response");
                default -> {
                    byte b = bytes[i++];
                    if (b == '\n') {
                        int n = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
                        lineLength = 0;
                        endOfLine(new String(line, 0, n, StandardCharsets.ISO_8859_1));
                    } else if (lineLength == line.length) {
                        throw new IOException("line longer than " + MAX_LINE + " bytes in the response");
                    } else {
                        line[lineLength++] = b;
                    }
                }
            }
        }
    }

    /** The connection ended: completes a body that lasts until then, else it is an error unless already done. */
    public void endOfInput() throws IOException {
        if (state == State.UNTIL_EOF) {
            finish();
        } else if (state != State.DONE) {
            throw new EOFException("the connection closed before the response was complete (" + describe() + ")");
        }
    }

    private String describe() {
        return switch (state) {
            case STATUS_LINE, HEADER_LINE -> "in the head";
            case CHUNK_SIZE, CHUNK_DATA, CHUNK_DATA_END, TRAILER -> "in a chunked body";
            default -> "in the body, " + remaining + " bytes missing";
        };
    }

    private void endOfLine(String text) throws IOException {
        switch (state) {
            case STATUS_LINE -> statusLine(text);
            case HEADER_LINE -> {
                if (text.isEmpty()) {
                    headEnds();
                } else {
                    headerLine(text);
                }
            }
            case CHUNK_SIZE -> chunkSize(text);
            case CHUNK_DATA_END -> {
                if (!text.isEmpty()) {
                    throw new IOException("chunk not followed by CRLF");
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILER -> {
                if (text.isEmpty()) {
                    finish();
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void statusLine(String text) throws IOException {
        // HTTP-version SP status-code SP [reason-phrase]
        if (!text.startsWith("HTTP/1.") || text.length() < 12 || text.charAt(8) != ' ') {
            throw new IOException("not an HTTP/1.x status line: " + ErrorSamples.shorten(text));
        }
        try {
            status = Integer.parseInt(text.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("bad status code in: " + ErrorSamples.shorten(text));
        }
        state = State.HEADER_LINE;
    }

    private void headerLine(String text) throws IOException {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IOException("bad header field: " + ErrorSamples.shorten(text));
        }
        if (headers.size() >= MAX_HEADERS) {
            throw new IOException("more than " + MAX_HEADERS + " header fields");
        }
        String name = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).trim();
        headers.merge(name, value, (a, b) -> a + ", " + b);
    }

    private void headEnds() throws IOException {
        if (status / 100 == 1) { // an interim answer (100 Continue): the real one follows
            headers.clear();
            state = State.STATUS_LINE;
            return;
        }
        sink.head(status, Map.copyOf(headers));
        String encoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        String length = headers.get("content-length");
        if (status == 204 || status == 304) {
            finish();
        } else if (encoding.endsWith("chunked")) {
            state = State.CHUNK_SIZE;
        } else if (length != null) {
            try {
                remaining = Long.parseLong(length);
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length: " + ErrorSamples.shorten(length));
            }
            if (remaining < 0) {
                throw new IOException("bad Content-Length: " + length);
            }
            state = State.LENGTH;
            if (remaining == 0) {
                finish();
            }
        } else {
            state = State.UNTIL_EOF;
        }
    }

    private void chunkSize(String text) throws IOException {
        int semicolon = text.indexOf(';'); // chunk extensions are ignored
        String hex = (semicolon < 0 ? text : text.substring(0, semicolon)).trim();
        try {
            remaining = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size: " + ErrorSamples.shorten(text));
        }
        if (remaining < 0) {
            throw new IOException("bad chunk size: " + text);
        }
        state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
    }

    private void finish() {
        state = State.DONE;
        sink.end();
    }
}
