package de.koeln.zks.incidents.internal.domain;

import java.util.List;
import java.util.Map;

import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.support.QueryParams;

/**
 * Reads an incident filter from request parameters (REST query or console options), naming the parameter
 * when a value is wrong: {@code from}, {@code to}, {@code unit} (repeated; unit names may contain commas),
 * {@code kind}, {@code level}, {@code status} (comma-separated or repeated), {@code reportedBy}, {@code building}
 * (ignoring case).
 */
public final class IncidentFilters {

    private IncidentFilters() {
    }

    public static IncidentQuery parse(Map<String, List<String>> params) {
        IncidentQuery q = new IncidentQuery();
        q.from = QueryParams.periodStart("from", first(params, "from"));
        q.to = QueryParams.periodEnd("to", first(params, "to"));
        for (String unit : params.getOrDefault("unit", List.of())) {
            if (unit != null && !unit.isBlank()) {
                q.units.add(unit.strip());
            }
        }
        q.kinds.addAll(QueryParams.enumSet("kind", params.get("kind"), IncidentKind.class));
        q.levels.addAll(QueryParams.integers("level", params.get("level"), 0, 3));
        q.statuses.addAll(QueryParams.enumSet("status", params.get("status"), IncidentStatus.class));
        String reportedBy = first(params, "reportedBy");
        q.reportedBy = reportedBy == null || reportedBy.isBlank() ? null : reportedBy.strip();
        String building = first(params, "building");
        q.building = building == null || building.isBlank() ? null : building.strip();
        return q;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
