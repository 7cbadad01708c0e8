package de.koeln.zks.incidents.internal.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import de.koeln.zks.platform.support.UtcTimes;

/** The month of a time as the statistics group it: {@code 2026-11}, in Cologne's time zone. */
public final class Months {
    public static final ZoneId ZONE = UtcTimes.LOCAL_ZONE;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    private Months() {
    }

    public static String of(OffsetDateTime time) {
        return FORMAT.format(time.atZoneSameInstant(ZONE));
    }
}
