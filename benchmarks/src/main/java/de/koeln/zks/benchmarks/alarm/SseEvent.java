package de.koeln.zks.benchmarks.alarm;

/**
 * One dispatched Server-Sent Event.
 *
 * @param id   the last event id at dispatch time (the stream's {@code id:} field, which persists until the next
 *             one), or {@code null} when the stream has not sent any
 * @param type the {@code event:} field, {@code "message"} when absent
 * @param data the {@code data:} lines joined with {@code \n}
 */
record SseEvent(String id, String type, String data) { }
