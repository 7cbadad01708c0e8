package de.koeln.zks.platform.api;

import java.util.List;

/**
 * One page of a longer result: the items from {@code offset}, at most {@code limit} of them, and
 * the {@code total} number that matched.
 */
public class Page<T> {
    public List<T> items;
    public int offset;
    public int limit;
    public long total;

    public Page() {
    }

    public Page(List<T> items, int offset, int limit, long total) {
        this.items = List.copyOf(items);
        this.offset = offset;
        this.limit = limit;
        this.total = total;
    }
}
