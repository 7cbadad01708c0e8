package de.koeln.zks.benchmarks.alarm;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The leak check after all streams were closed: how long until the server's subscriber count was back at the
 * count before the run ({@code baseline}, normally 0), and the last count it reported (empty if it never
 * answered).
 */
record Drain(long baseline, OptionalLong lastCount, Duration took, boolean reached) { }
