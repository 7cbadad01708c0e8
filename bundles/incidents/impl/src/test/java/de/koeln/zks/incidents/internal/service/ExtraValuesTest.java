package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.internal.retention.IncidentsConfig;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.spi.DeclaredField;
import de.koeln.zks.platform.spi.ExtraFields;

/**
 * Extra field values of incidents: checked by the platform's ExtraFields (here a small stand-in declaring one number
 * field, {@code counterNumber}, for every unit), stored with the incident, shown in single reads and lists, kept
 * when the declaring plugin is gone, erased at retention.
 */
class ExtraValuesTest extends ServiceTestBase {

    /** Declares counterNumber (a number) while {@code declared} is true. */
    static final class OneField implements ExtraFields {
        boolean declared = true;

        @Override
        public List<DeclaredField> fieldsFor(String module, String unit) {
            return List.of();
        }

        @Override
        public List<DeclaredField> fieldsOf(String module) {
            return List.of();
        }

        @Override
        public Map<String, String> validate(String module, String unit, Map<String, Object> submitted, Map<String, String> kept) {
            Map<String, String> out = new LinkedHashMap<>(kept == null ? Map.of() : kept);
            if (submitted != null) {
                submitted.forEach((name, value) -> {
                    if (!declared || !name.equals("counterNumber")) {
                        if (!String.valueOf(value).equals(out.get(name))) {
                            throw new ValidationException("extra." + name, "is no extra field");
                        }
                    } else if (!(value instanceof Number)) {
                        throw new ValidationException("extra." + name, "must be a number");
                    } else {
                        out.put(name, value.toString());
                    }
                });
            }
            return out;
        }

        @Override
        public Map<String, Object> present(String module, Map<String, String> stored) {
            Map<String, Object> out = new LinkedHashMap<>();
            stored.forEach((k, v) -> out.put(k, declared && k.equals("counterNumber") ? new BigDecimal(v) : v));
            return out;
        }
    }

    final OneField fields = new OneField();

    IncidentInput withCounter(Object counter) {
        IncidentInput in = Fixtures.sample();
        in.extra = new LinkedHashMap<>();
        in.extra.put("counterNumber", counter);
        return in;
    }

    @Test
    void valuesAreCheckedStoredAndShownInReadsAndLists() {
        incidents.extraFields(fields);
        Incident stored = report(ANNA, withCounter(12));
        assertThat(stored.extra).containsEntry("counterNumber", new BigDecimal("12"));
        assertThat(incidents.get(SAM, stored.id).extra).containsEntry("counterNumber", new BigDecimal("12"));
        assertThat(incidents.list(SAM, new IncidentQuery(), 0, 10, null).items).singleElement()
            .satisfies(i -> assertThat(i.extra).containsEntry("counterNumber", new BigDecimal("12")));

        long before = incidents.list(SAM, new IncidentQuery(), 0, 10, null).total;
        assertThatThrownBy(() -> report(ANNA, withCounter("zwölf")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field)
                .containsExactly("extra.counterNumber"));
        assertThat(incidents.list(SAM, new IncidentQuery(), 0, 10, null).total).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anUpdateKeepsValuesLeftOutAndValuesOfAGonePluginStay() {
        incidents.extraFields(fields);
        Incident stored = report(ANNA, withCounter(3));
        IncidentInput change = Fixtures.sample();
        change.description = "Kunde drohte erneut";
        Incident updated = incidents.update(ANNA, stored.id, change, null);
        assertThat(updated.extra).as("left out: kept").containsEntry("counterNumber", new BigDecimal("3"));

        fields.declared = false;
        Incident read = incidents.get(SAM, stored.id);
        assertThat(read.extra).as("kept as text once the plugin is gone").containsEntry("counterNumber", "3");
        assertThatThrownBy(() -> incidents.update(ANNA, stored.id, withCounter(4), null)).isInstanceOf(ValidationException.class);

        incidents.extraFields(null);
        assertThat(incidents.get(SAM, stored.id).extra).containsEntry("counterNumber", "3");
        assertThatThrownBy(() -> report(ANNA, withCounter(5))).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field).containsExactly("extra"));
        assertThat(report(ANNA, Fixtures.sample()).extra).as("without extras all is as before").isEmpty();
    }

    @Test
    void valuesStoredAfterAListFoundNoneAreShown() {
        Incident plain = reportSample(ANNA);
        assertThat(incidents.list(SAM, new IncidentQuery(), 0, 10, null).items).singleElement()
            .satisfies(i -> assertThat(i.extra).isEmpty());
        assertThat(incidents.get(SAM, plain.id).extra).isEmpty();

        incidents.extraFields(fields);
        Incident stored = report(ANNA, withCounter(7));
        assertThat(incidents.list(SAM, new IncidentQuery(), 0, 10, "id").items).extracting(i -> i.extra)
            .containsExactly(Map.of(), Map.of("counterNumber", new BigDecimal("7")));
        assertThat(incidents.get(SAM, stored.id).extra).containsEntry("counterNumber", new BigDecimal("7"));

        IncidentInput change = Fixtures.sample();
        change.extra = Map.of("counterNumber", 8);
        incidents.update(ANNA, plain.id, change, null);
        assertThat(incidents.get(SAM, plain.id).extra).as("added by an update").containsEntry("counterNumber", new BigDecimal("8"));
    }

    @Test
    void aServiceStartedOverStoredValuesShowsThem() {
        incidents.extraFields(fields);
        Incident stored = report(ANNA, withCounter(21));

        JpaIncidentService restarted = new JpaIncidentService(db.jpa, audit, events, rules, clock,
            IncidentsConfig.DEFAULT_RETENTION_DAYS);
        restarted.extraFields(fields);
        assertThat(restarted.list(SAM, new IncidentQuery(), 0, 10, null).items).singleElement()
            .satisfies(i -> assertThat(i.extra).containsEntry("counterNumber", new BigDecimal("21")));
        assertThat(restarted.get(SAM, stored.id).extra).containsEntry("counterNumber", new BigDecimal("21"));
    }
}
