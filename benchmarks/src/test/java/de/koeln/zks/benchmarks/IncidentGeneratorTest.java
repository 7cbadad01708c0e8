package de.koeln.zks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void generatedFieldsAreValid() {
        IncidentGenerator g = new IncidentGenerator(42, CLOCK);
        Set<String> units = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<Integer> levels = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            IncidentGenerator.Incident inc = g.nextIncident();
            assertThat(inc.level()).isBetween(0, 3);
            assertThat(IncidentGenerator.KINDS).contains(inc.kind());
            assertThat(IncidentGenerator.UNITS).contains(inc.unit());
            assertThat(inc.occurredAt().toInstant()).isBefore(NOW)
                    .isAfterOrEqualTo(NOW.minus(IncidentGenerator.MAX_AGE));
            assertThat(inc.building()).isNotBlank();
            assertThat(inc.room()).matches("[A-E]\\.\\d{1,2}");
            assertThat(inc.description()).isNotBlank();
            units.add(inc.unit());
            kinds.add(inc.kind());
            levels.add(inc.level());
        }
        assertThat(IncidentGenerator.UNITS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(units).hasSize(IncidentGenerator.UNITS.size());
        assertThat(kinds).hasSize(9);
        assertThat(levels).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void sameSeedSameSequence() {
        IncidentGenerator a = new IncidentGenerator(7, CLOCK);
        IncidentGenerator b = new IncidentGenerator(7, CLOCK);
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextIncident()).isEqualTo(b.nextIncident());
            assertThat(a.nextFilterQuery()).isEqualTo(b.nextFilterQuery());
        }
        assertThat(new IncidentGenerator(8, CLOCK).nextIncident()).isNotEqualTo(new IncidentGenerator(7, CLOCK)
                .nextIncident());
    }

    @Test
    void jsonBodyHasTheApiShape() {
        IncidentGenerator.Incident inc = new IncidentGenerator(1, CLOCK).nextIncident();
        String json = inc.toJson();
        assertThat(json).startsWith("{\"occurredAt\":\"").endsWith("}")
                .contains("\"unit\":\"" + inc.unit() + "\"")
                .contains("\"location\":{\"building\":\"" + inc.building() + "\",\"room\":\"" + inc.room() + "\"}")
                .contains("\"kind\":\"" + inc.kind() + "\"")
                .contains("\"level\":" + inc.level() + ",")
                .contains("\"policeCalled\":" + inc.policeCalled() + "}");
        String occurred = json.substring("{\"occurredAt\":\"".length(), json.indexOf('"', 15));
        assertThat(OffsetDateTime.parse(occurred)).isEqualTo(inc.occurredAt());
        assertThat(occurred).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(json.chars().filter(c -> c == '"').count() % 2).isZero();
    }

    @Test
    void escapesJsonSpecialCharacters() {
        assertThat(IncidentGenerator.esc("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\u000ad");
        assertThat(IncidentGenerator.esc("Bürgeramt")).isEqualTo("Bürgeramt");
    }

    @Test
    void filterQueryIsEncodedAndHasAPastWindow() {
        IncidentGenerator g = new IncidentGenerator(3, CLOCK);
        for (int i = 0; i < 500; i++) {
            String query = g.nextFilterQuery();
            assertThat(query).doesNotContain(" ", "+01:00", "ü");
            Map<String, String> p = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                p.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            assertThat(p.keySet()).containsExactly("unit", "kind", "level", "status", "from", "to", "offset", "limit");
            assertThat(IncidentGenerator.UNITS).contains(p.get("unit"));
            assertThat(IncidentGenerator.KINDS).contains(p.get("kind"));
            assertThat(Integer.parseInt(p.get("level"))).isBetween(0, 3);
            assertThat(p).containsEntry("status", "REPORTED").containsEntry("offset", "0").containsEntry("limit", "50");
            OffsetDateTime from = OffsetDateTime.parse(p.get("from"));
            OffsetDateTime to = OffsetDateTime.parse(p.get("to"));
            assertThat(from).isBefore(to);
            assertThat(to.toInstant()).isBeforeOrEqualTo(NOW);
        }
    }
}
