package de.koeln.zks.alarm.api;

import java.time.OffsetDateTime;

/** A connected stream of the built-in SSE channel, as operators see it. */
public class Subscriber {
    public String user;
    public String source;
    public OffsetDateTime since;
    /** Events delivered on this stream. */
    public long delivered;
    /** Events waiting to be written (a client that stops reading is cut off when this grows). */
    public int pending;
}
