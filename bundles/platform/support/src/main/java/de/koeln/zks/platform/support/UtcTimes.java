package de.koeln.zks.platform.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Times are stored as UTC {@link LocalDateTime} columns, portable to every database; answered with offset Z. */
public final class UtcTimes {
    /**
     * The city's time zone, in which people name days and months: a period's first and last day
     * ({@link QueryParams#periodStart}, {@link QueryParams#periodEnd}) and the months of statistics.
     *
     * @since 1.5
     */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Berlin");

    private UtcTimes() {
    }

    public static LocalDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static OffsetDateTime offset(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
    }

    /**
     * Today's date in UTC, as the platform counts days of expiry, due dates and reviews.
     *
     * @since 1.2
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Now in UTC, to the millisecond (what every database keeps). */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
