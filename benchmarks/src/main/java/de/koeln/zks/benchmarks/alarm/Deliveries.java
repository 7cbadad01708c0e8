package de.koeln.zks.benchmarks.alarm;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Counts what each phase expected and what arrived, from the tokens' outcomes and the subscribers' receipts.
 * Only triggers answered 201 (a new alarm, hence a RAISED event) are expected; failed or joined triggers are
 * reported as problems instead.
 */
final class Deliveries {

    /** What the reconnect phase replayed: alarms raised while a subscriber was away. */
    record Replay(long expected, long replayed, int subscribers, Histogram completeMicros) {
        double percentileMillis(double percentile) {
            return completeMicros.getTotalCount() == 0 ? 0
                    : completeMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return completeMicros.getTotalCount() == 0 ? 0 : completeMicros.getMaxValue() / 1000.0;
        }
    }

    private Deliveries() { }

    /** Alarms raised in the live window, each expected once at each subscriber that opened a stream. */
    static PhaseResult live(List<Subscriber> subscribers, List<Tokens.Token> tokens, Histogram latencies) {
        List<Tokens.Token> raised = tokens.stream().filter(t -> t.live && t.raised()).toList();
        long received = 0;
        long duplicates = 0;
        long ends = 0;
        for (Subscriber s : subscribers) {
            received += s.receivedOf(raised);
            duplicates += s.duplicates(1);
            ends += s.unexpectedEnds(1);
        }
        return new PhaseResult("live", raised.size(), subscribers.size(),
                (long) raised.size() * subscribers.size(), received, duplicates, ends, latencies);
    }

    /** Whether every subscriber has every alarm of the live window (for waiting on stragglers). */
    static boolean liveComplete(List<Subscriber> subscribers, List<Tokens.Token> tokens) {
        List<Tokens.Token> raised = tokens.stream().filter(t -> t.live && t.raised()).toList();
        return subscribers.stream().allMatch(s -> s.receivedOf(raised) == raised.size());
    }

    /**
     * Every alarm raised after a subscriber's disconnect is expected exactly once at that subscriber: replayed
     * after the reconnect if raised in the gap, live otherwise.
     */
    static PhaseResult reconnect(List<Subscriber> subscribers, List<Tokens.Token> tokens, Histogram latencies) {
        List<Tokens.Token> raised = tokens.stream().filter(Tokens.Token::raised).toList();
        long expected = 0;
        long received = 0;
        long duplicates = 0;
        long ends = 0;
        int firstSeq = Integer.MAX_VALUE;
        for (Subscriber s : subscribers) {
            int from = s.expectedFrom();
            firstSeq = Math.min(firstSeq, from);
            List<Tokens.Token> mine = raised.stream().filter(t -> t.seq >= from).toList();
            expected += mine.size();
            received += s.receivedOf(mine);
            duplicates += s.duplicates(2);
            ends += s.unexpectedEnds(2);
        }
        int first = firstSeq;
        long alarms = raised.stream().filter(t -> t.seq >= first).count();
        return new PhaseResult("reconnect", alarms, subscribers.size(), expected, received, duplicates, ends,
                latencies);
    }

    static boolean reconnectComplete(List<Subscriber> subscribers, List<Tokens.Token> tokens) {
        List<Tokens.Token> raised = tokens.stream().filter(Tokens.Token::raised).toList();
        return subscribers.stream().allMatch(s -> {
            List<Tokens.Token> mine = raised.stream().filter(t -> t.seq >= s.expectedFrom()).toList();
            return s.receivedOf(mine) == mine.size();
        });
    }

    /** The replayed part of the reconnect phase and how long after its reconnect each subscriber had it all. */
    static Replay replay(List<Subscriber> subscribers, List<Tokens.Token> tokens) {
        List<Tokens.Token> raised = tokens.stream().filter(Tokens.Token::raised).toList();
        long expected = 0;
        long replayed = 0;
        int withReplay = 0;
        Histogram complete = Latencies.newHistogram();
        for (Subscriber s : subscribers) {
            int from = s.expectedFrom();
            long sent = s.reconnectSentNanos();
            expected += raised.stream().filter(t -> t.seq >= from && t.sendNanos - sent < 0).count();
            long n = s.replayed();
            replayed += n;
            if (n > 0) {
                withReplay++;
                complete.recordValue(Latencies.micros(s.replayDoneNanos() - sent));
            }
        }
        return new Replay(expected, replayed, withReplay, complete);
    }
}
