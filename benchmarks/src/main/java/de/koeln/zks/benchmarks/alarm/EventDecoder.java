package de.koeln.zks.benchmarks.alarm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds this run's token in a RAISED event, shared by all subscribers: every event reaches every subscriber
 * with the same text, so its JSON is parsed once instead of once per subscriber (at 1,000 subscribers that
 * parsing was a noticeable part of the driver's CPU time). Keyed by event type and data, so a cached answer is
 * always the one parsing would give; the cache stops growing at {@link #MAX_ENTRIES}.
 */
final class EventDecoder {

    static final String RAISED = "RAISED";
    static final int MAX_ENTRIES = 100_000;
    private static final Object NONE = new Object();

    private final Tokens tokens;
    private final Problems problems;
    private final Map<String, Object> byText = new ConcurrentHashMap<>();

    EventDecoder(Tokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /**
     * The token of this run if the event is a RAISED event ({@code event: RAISED}, or an unnamed event whose
     * data has {@code "type":"RAISED"}) with a token of this run as its note; else null.
     */
    Tokens.Token raisedToken(SseEvent e) {
        boolean typed = RAISED.equals(e.type());
        if (!typed && !"message".equals(e.type())) {
            return null;
        }
        String key = e.type() + '\n' + e.data();
        Object cached = byText.get(key);
        if (cached == null) {
            Tokens.Token t = decode(e, typed);
            cached = t == null ? NONE : t;
            if (byText.size() < MAX_ENTRIES) {
                byText.put(key, cached);
            }
        }
        return cached == NONE ? null : (Tokens.Token) cached;
    }

    private Tokens.Token decode(SseEvent e, boolean typed) {
        Map<String, Object> data;
        try {
            data = Json.object(e.data());
        } catch (IllegalArgumentException ex) {
            problems.add("stream: event data is not a JSON object", "event " + e.type() + " id " + e.id() + ": "
                    + Problems.shorten(e.data()));
            return null;
        }
        if (!typed && !RAISED.equals(data.get("type"))) {
            return null;
        }
        return tokens.lookup(Json.stringField(data, "note").orElse(null));
    }
}
