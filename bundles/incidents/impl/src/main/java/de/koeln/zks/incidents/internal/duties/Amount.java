package de.koeln.zks.incidents.internal.duties;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Locale;

/**
 * An ISO-8601 amount of time as written in the rules: a {@link Duration} ({@code PT1H}, {@code P3D}) or a
 * {@link Period} ({@code P3M}, {@code P1Y}), or both ({@code P1MT12H}). Both are needed because statutory
 * periods count in calendar months, which no {@code Duration} can express, while internal deadlines count in
 * hours. Not public: the rules keep the configured text, this type only does the arithmetic.
 */
record Amount(Period period, Duration duration) {

    static final String EXAMPLES = "e.g. PT1H, PT48H, P3D, P3M, P1Y";

    /**
     * @throws IllegalArgumentException if the text is no ISO-8601 duration or period, or is negative
     */
    static Amount parse(String text) {
        String s = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        boolean minus = s.startsWith("-");
        if (minus) {
            s = s.substring(1);
        }
        Amount amount;
        try {
            if (!s.startsWith("P")) {
                throw new DateTimeException(s);
            }
            int t = s.indexOf('T');
            if (t < 0) {
                amount = new Amount(Period.parse(s), Duration.ZERO);
            } else {
                String date = s.substring(0, t);
                amount = new Amount(date.equals("P") ? Period.ZERO : Period.parse(date),
                        Duration.parse("P" + s.substring(t)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "not an ISO-8601 duration or period: '" + text + "' (" + EXAMPLES + ")");
        }
        if (amount.period.isNegative() || amount.duration.isNegative() || minus && !amount.isZero()) {
            throw new IllegalArgumentException("must not be negative: '" + text + "'");
        }
        return amount;
    }

    boolean isZero() {
        return period.isZero() && duration.isZero();
    }

    LocalDateTime addTo(LocalDateTime time) {
        return time.plus(period).plus(duration);
    }

    LocalDateTime subtractFrom(LocalDateTime time) {
        return time.minus(duration).minus(period);
    }
}
