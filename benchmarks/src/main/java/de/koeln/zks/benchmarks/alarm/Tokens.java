package de.koeln.zks.benchmarks.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The alarms of one run, each identified by a unique note token ({@code zks-bench-<run>-<seq>}) that the server
 * echoes in its events. Tokens are issued by the generator thread in sequence; send time and window are fixed
 * when issued, the trigger's outcome is filled in when its answer arrives.
 */
final class Tokens {

    /** What became of a trigger. */
    enum Outcome {
        /** no answer yet */
        PENDING,
        /** 201: a new alarm, a RAISED event is expected */
        RAISED,
        /** 200: the point still had an open alarm, which this trigger joined (no RAISED event) */
        JOINED,
        /** any other answer or no answer */
        FAILED
    }

    /** One trigger. {@code seq} orders tokens by issue (and hence send) time. */
    static final class Token {
        final int seq;
        final String note;
        final String point;
        final boolean live;
        final long sendNanos;
        private volatile Outcome outcome = Outcome.PENDING;
        private volatile long alarmId = -1;

        Token(int seq, String note, String point, boolean live, long sendNanos) {
            this.seq = seq;
            this.note = note;
            this.point = point;
            this.live = live;
            this.sendNanos = sendNanos;
        }

        Outcome outcome() { return outcome; }

        long alarmId() { return alarmId; }

        boolean raised() { return outcome == Outcome.RAISED; }

        void answered(Outcome result, long id) {
            this.alarmId = id;
            this.outcome = result;
        }
    }

    private final String prefix;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentHashMap<Integer, Token> bySeq = new ConcurrentHashMap<>();

    Tokens() {
        this(String.format(Locale.ROOT, "%06x", ThreadLocalRandom.current().nextInt(1 << 24)));
    }

    Tokens(String runId) {
        this.prefix = "zks-bench-" + runId + "-";
    }

    String prefix() {
        return prefix;
    }

    /**
     * Issues the next token. The sequence number is taken before the send time, so a token whose {@code seq} is
     * at least a value read from {@link #issued()} was also sent after that read.
     */
    Token issue(String point, boolean live) {
        int seq = next.getAndIncrement();
        Token t = new Token(seq, prefix + seq, point, live, System.nanoTime());
        bySeq.put(seq, t);
        return t;
    }

    /** Number of tokens issued so far, i.e. the sequence number of the next one. */
    int issued() {
        return next.get();
    }

    /** The token of this run the note belongs to, or null (another run, another client, no note). */
    Token lookup(String note) {
        if (note == null || !note.startsWith(prefix)) {
            return null;
        }
        try {
            return bySeq.get(Integer.parseInt(note.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** All tokens issued so far, in sequence order. */
    List<Token> all() {
        int n = next.get();
        List<Token> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = bySeq.get(i);
            if (t != null) { // null only while its issue() is still running
                list.add(t);
            }
        }
        return list;
    }

    /** Tokens whose trigger has not been answered yet. */
    long pending() {
        return all().stream().filter(t -> t.outcome() == Outcome.PENDING).count();
    }
}
