package de.koeln.zks.plugin.citizensoffice.internal;

import java.time.OffsetDateTime;

/** The incidents at one counter of a unit ({@code counter} null, left out of the JSON: reported without a counter number). */
public class CounterCount {
    public String unit;
    public Integer counter;
    public long incidents;
    /** Of them, how many found the second escape route behind the counter blocked. */
    public long secondExitBlocked;
    /** Of them, how many stated that the counter has no second escape route. */
    public long noSecondExit;
    public OffsetDateTime lastOccurredAt;
}
