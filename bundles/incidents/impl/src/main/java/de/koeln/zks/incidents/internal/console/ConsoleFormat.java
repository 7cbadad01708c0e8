package de.koeln.zks.incidents.internal.console;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers the commands share: option lists as filter parameters, times as text. */
final class ConsoleFormat {

    private ConsoleFormat() {
    }

    /** Collects the given options as the filter parameters {@code IncidentFilters} reads. */
    static final class Params {
        private final Map<String, List<String>> map = new LinkedHashMap<>();

        Params add(String name, List<String> values) {
            if (values != null && !values.isEmpty()) {
                map.put(name, values);
            }
            return this;
        }

        Params add(String name, String value) {
            return value == null ? this : add(name, List.of(value));
        }

        Map<String, List<String>> map() {
            return map;
        }
    }

    static String time(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
