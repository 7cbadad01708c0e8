package de.koeln.zks.platform.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFieldProvider;
import de.koeln.zks.platform.spi.ExtraFieldType;

/** Declared fields per unit, validation of submitted values, and values kept after a plugin is gone. */
class ExtraFieldRegistryTest {
    static final String UNIT = "Bürgeramt Innenstadt";

    final PluginHealth health = new PluginHealth();
    final ExtraFieldRegistry registry = new ExtraFieldRegistry(health);

    static ExtraFieldProvider provider(String module, ExtraField... fields) {
        return new ExtraFieldProvider() {
            @Override
            public String module() {
                return module;
            }

            @Override
            public List<ExtraField> fields() {
                return List.of(fields);
            }
        };
    }

    void counters() {
        registry.add("counters", provider("incidents",
            new ExtraField("counterNumber", "Schalter-Nr.", ExtraFieldType.NUMBER, true, null),
            new ExtraField("queueSystem", "Aufrufsystem", ExtraFieldType.CHOICE, false, List.of("ja", "nein")),
            new ExtraField("Bad Name", "x", ExtraFieldType.TEXT, false, null)), 11, "buergeramt-counters", List.of(UNIT));
    }

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void fieldsApplyToThePluginsUnitsAndBadDeclarationsAreLeftOutAndReported() {
        counters();
        assertThat(registry.fieldsFor("incidents", UNIT)).extracting(d -> d.field.name).containsExactly("counterNumber", "queueSystem");
        assertThat(registry.fieldsFor("incidents", "Jobcenter")).isEmpty();
        assertThat(registry.fieldsFor("training", UNIT)).isEmpty();
        assertThat(registry.fieldsOf("incidents")).allMatch(d -> d.plugin.equals("buergeramt-counters"));
        assertThat(health.of(11).extraFields.get()).isEqualTo(2);
        assertThat(health.of(11).problems()).singleElement().asString().contains("Bad Name");

        registry.add("rival", provider("incidents", new ExtraField("counterNumber", "x", ExtraFieldType.TEXT, false, null)),
            12, "rival", List.of());
        assertThat(registry.fieldsOf("incidents")).hasSize(2);
        assertThat(health.of(12).problems()).singleElement().asString().contains("already declares");
    }

    @Test
    void valuesAreCheckedByTypeAndRequiredFieldsNamedInTheErrors() {
        counters();
        assertThat(registry.validate("incidents", UNIT, values("counterNumber", 12, "queueSystem", "ja"), null))
            .containsOnly(Map.entry("counterNumber", "12"), Map.entry("queueSystem", "ja"));
        assertThatThrownBy(() -> registry.validate("incidents", UNIT, values("counterNumber", "zwölf", "queueSystem", "vielleicht",
                "colour", "rot"), null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field)
                .containsExactlyInAnyOrder("extra.counterNumber", "extra.queueSystem", "extra.colour"));
        assertThatThrownBy(() -> registry.validate("incidents", UNIT, Map.of(), null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field + " " + f.message)
                .containsExactly("extra.counterNumber is required"));
        assertThat(registry.validate("incidents", "Jobcenter", Map.of(), null)).as("no fields for that unit").isEmpty();
    }

    @Test
    void storedValuesOutliveThePluginAndComeBackTyped() {
        counters();
        Map<String, String> stored = registry.validate("incidents", UNIT, values("counterNumber", 7.50), null);
        assertThat(stored).containsEntry("counterNumber", "7.5");
        assertThat(registry.present("incidents", stored)).containsEntry("counterNumber", new BigDecimal("7.5"));

        registry.remove("counters");
        assertThat(registry.fieldsOf("incidents")).isEmpty();
        assertThat(registry.present("incidents", stored)).as("kept, now as text").containsEntry("counterNumber", "7.5");
        assertThat(registry.validate("incidents", UNIT, Map.of(), stored)).as("an update keeps them").isEqualTo(stored);
        assertThat(registry.validate("incidents", UNIT, values("counterNumber", "7.5"), stored)).isEqualTo(stored);
        assertThatThrownBy(() -> registry.validate("incidents", UNIT, values("counterNumber", 8), stored))
            .isInstanceOf(ValidationException.class).hasMessageContaining("extra.counterNumber");
    }

    @Test
    void aProviderThatThrowsIsReportedAndAddsNothing() {
        registry.add("bad", new ExtraFieldProvider() {
            @Override
            public String module() {
                return "incidents";
            }

            @Override
            public List<ExtraField> fields() {
                throw new IllegalStateException("no config");
            }
        }, 13, "bad", List.of());
        assertThat(registry.fieldsOf("incidents")).isEmpty();
        assertThat(health.of(13).problems()).singleElement().asString().contains("no config");
    }
}
