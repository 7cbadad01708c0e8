package de.koeln.zks.platform.support;

import java.util.function.LongSupplier;

import de.koeln.zks.platform.api.problem.ValidationException;

/** The {@code offset} and {@code limit} of a list request, checked. */
public record Paging(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static Paging of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (o < 0) {
            throw new ValidationException("offset", "must be 0 or more (got " + o + ")");
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT + " (got " + l + ")");
        }
        return new Paging(o, l);
    }

    /**
     * The total of a list whose page came back with {@code found} items: a short page that found something (or
     * the first page) is the last one, so the total is known without asking; otherwise {@code count} is asked.
     * Most filtered lists fit on one page, which then costs one statement instead of two.
     *
     * @since 1.3
     */
    public long total(int found, LongSupplier count) {
        return found < limit && (found > 0 || offset == 0) ? offset + (long) found : count.getAsLong();
    }
}
