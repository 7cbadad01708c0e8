package de.koeln.zks.alarm.internal.console;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Times and values as the commands print them. */
final class Format {

    private Format() {
    }

    static String time(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
