package de.koeln.zks.benchmarks.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The alarm points the benchmark triggers, used round-robin. A point is taken from its trigger until its alarm
 * is closed, so no trigger hits a point with an alarm of this run still open (which would join that alarm
 * instead of raising a new one).
 */
final class PointPool {

    private final List<String> ids;
    private final AtomicIntegerArray busy;
    private int cursor; // only the generator thread acquires

    PointPool(int size) {
        List<String> list = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            list.add(id(i));
        }
        this.ids = List.copyOf(list);
        this.busy = new AtomicIntegerArray(size);
    }

    /** {@code BENCH-001}, ..., {@code BENCH-999}, {@code BENCH-1000}, ... */
    static String id(int number) {
        return String.format(Locale.ROOT, "BENCH-%03d", number);
    }

    /** {@code B-001} etc.: the room of the point with that number. */
    static String room(int number) {
        return String.format(Locale.ROOT, "B-%03d", number);
    }

    List<String> ids() {
        return ids;
    }

    int size() {
        return ids.size();
    }

    /** The next free point after the previous one, marked busy; -1 when all are busy. */
    int acquire() {
        for (int i = 0; i < ids.size(); i++) {
            int candidate = (cursor + i) % ids.size();
            if (busy.compareAndSet(candidate, 0, 1)) {
                cursor = (candidate + 1) % ids.size();
                return candidate;
            }
        }
        return -1;
    }

    String name(int index) {
        return ids.get(index);
    }

    void release(int index) {
        busy.set(index, 0);
    }

    int busyCount() {
        int n = 0;
        for (int i = 0; i < busy.length(); i++) {
            n += busy.get(i);
        }
        return n;
    }
}
