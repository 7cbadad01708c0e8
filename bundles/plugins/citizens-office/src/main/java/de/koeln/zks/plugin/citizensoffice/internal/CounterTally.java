package de.koeln.zks.plugin.citizensoffice.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentStatus;

/**
 * Which counter each counted incident of the plugin's units happened at, and the counts derived from that. Counted
 * are reports that were submitted and not rejected (not {@code DRAFT}, not {@code REJECTED}) and whose personal
 * fields were not erased by retention. Each incident is kept by id, so that an event seen twice, a changed counter
 * number or a report moved to another unit are counted right.
 *
 * <p>While the counts are rebuilt from the stored reports ({@link #startRebuild()}, {@link #seed}), events keep coming:
 * what an event decided about an incident wins over the (possibly older) state the rebuild read.
 */
final class CounterTally {
    /** Counter numbers are whole numbers from 1 to this. */
    static final int MAX_COUNTER = 9_999;

    record Entry(String unit, Integer counter, String secondExit, OffsetDateTime occurredAt) {
    }

    private final Set<String> units;
    private final Map<Long, Entry> entries = new HashMap<>();
    private final Set<Long> decidedByEvents = new HashSet<>();
    private boolean rebuilding;
    private boolean complete;

    /** @param units the plugin's units; empty: every unit */
    CounterTally(Collection<String> units) {
        this.units = Set.copyOf(units);
    }

    /** Whether incidents of the unit are counted. */
    boolean concerns(String unit) {
        return unit != null && (units.isEmpty() || units.contains(unit));
    }

    synchronized boolean knows(long id) {
        return entries.containsKey(id);
    }

    /** The incident as it is now (read after an event): counted, moved to another counter, or no longer counted. */
    synchronized void apply(Incident incident) {
        if (rebuilding) {
            decidedByEvents.add(incident.id);
        }
        put(incident.id, entryOf(incident));
    }

    /** The incident is no longer counted (rejected, or gone). */
    synchronized void forget(long id) {
        if (rebuilding) {
            decidedByEvents.add(id);
        }
        entries.remove(id);
    }

    synchronized void startRebuild() {
        rebuilding = true;
        complete = false;
        decidedByEvents.clear();
        entries.clear();
    }

    /** A stored report as the rebuild reads it; ignored when an event has decided about it since the rebuild began. */
    synchronized void seed(Incident incident) {
        if (!decidedByEvents.contains(incident.id)) {
            put(incident.id, entryOf(incident));
        }
    }

    synchronized void finishRebuild() {
        rebuilding = false;
        complete = true;
        decidedByEvents.clear();
    }

    /** A failed rebuild: the counts stay incomplete, events are applied on. */
    synchronized void abandonRebuild() {
        rebuilding = false;
        decidedByEvents.clear();
    }

    synchronized boolean complete() {
        return complete;
    }

    private void put(long id, Entry entry) {
        if (entry == null) {
            entries.remove(id);
        } else {
            entries.put(id, entry);
        }
    }

    /** What is counted of the incident, or null if it is not counted. */
    Entry entryOf(Incident incident) {
        if (incident == null || incident.id == null || !concerns(incident.unit) || incident.erased
                || incident.status == null || incident.status == IncidentStatus.DRAFT || incident.status == IncidentStatus.REJECTED) {
            return null;
        }
        Map<String, Object> extra = incident.extra == null ? Map.of() : incident.extra;
        Object exit = extra.get(CounterFields.SECOND_EXIT);
        return new Entry(incident.unit, counterNumber(extra.get(CounterFields.COUNTER_NUMBER)),
            exit == null ? null : exit.toString(), incident.occurredAt);
    }

    /**
     * The counter number as a whole number from 1 to {@link #MAX_COUNTER}, or null. The platform checks only that the
     * value is a number; other numbers (0, -3, 7.5) are counted as "no counter".
     */
    static Integer counterNumber(Object value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().strip()).stripTrailingZeros();
            if (number.scale() > 0 || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(MAX_COUNTER)) > 0) {
                return null;
            }
            return number.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The counts per unit and counter for the given units (null: all counted units), of incidents that occurred at or
     * after {@code from} (null: all): units in alphabetical order, within a unit the counters with the most incidents
     * first (then by number, "no counter" last).
     */
    synchronized List<CounterCount> counts(Collection<String> onlyUnits, OffsetDateTime from) {
        Map<List<Object>, CounterCount> byCounter = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            if ((onlyUnits != null && !onlyUnits.contains(e.unit()))
                    || (from != null && (e.occurredAt() == null || e.occurredAt().isBefore(from)))) {
                continue;
            }
            CounterCount c = byCounter.computeIfAbsent(java.util.Arrays.asList(e.unit(), e.counter()), k -> {
                CounterCount n = new CounterCount();
                n.unit = e.unit();
                n.counter = e.counter();
                return n;
            });
            c.incidents++;
            if (CounterFields.EXIT_BLOCKED.equals(e.secondExit())) {
                c.secondExitBlocked++;
            } else if (CounterFields.EXIT_NONE.equals(e.secondExit())) {
                c.noSecondExit++;
            }
            if (e.occurredAt() != null && (c.lastOccurredAt == null || e.occurredAt().isAfter(c.lastOccurredAt))) {
                c.lastOccurredAt = e.occurredAt();
            }
        }
        List<CounterCount> out = new ArrayList<>(byCounter.values());
        out.sort(Comparator.comparing((CounterCount c) -> c.unit)
            .thenComparing(c -> c.counter == null ? 1 : 0)
            .thenComparing(Comparator.comparingLong((CounterCount c) -> c.incidents).reversed())
            .thenComparing(c -> c.counter, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** How many incidents are counted in all (for logs). */
    synchronized int size() {
        return entries.size();
    }
}
