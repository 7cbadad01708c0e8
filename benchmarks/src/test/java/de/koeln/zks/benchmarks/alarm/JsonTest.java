package de.koeln.zks.benchmarks.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesTheEventPayload() {
        Map<String, Object> m = Json.object("{\"alarmId\": 123, \"type\":\"RAISED\", \"pointId\":\"BENCH-001\","
                + " \"note\":\"zks-bench-abc-7\", \"drill\":true, \"extra\":{\"a\":[1,2.5,null,false]}, \"x\":-3e2}");
        assertThat(m).containsEntry("alarmId", 123L).containsEntry("type", "RAISED").containsEntry("drill", true)
                .containsEntry("x", -300.0);
        assertThat(m.get("extra")).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, 2.5, null, false)));
        assertThat(Json.longField(m, "alarmId")).hasValue(123);
        assertThat(Json.stringField(m, "note")).hasValue("zks-bench-abc-7");
        assertThat(Json.stringField(m, "alarmId")).isEmpty();
    }

    @Test
    void idsSentAsStringsAreAccepted() {
        assertThat(Json.longField(Json.object("{\"id\":\"42\"}"), "id")).hasValue(42);
        assertThat(Json.longField(Json.object("{\"id\":\"x\"}"), "id")).isEmpty();
        assertThat(Json.longField(Json.object("{}"), "id")).isEmpty();
    }

    @Test
    void escapesRoundTrip() {
        String tricky = "quote \" backslash \\ newline \n tab \t ctrl \u0001 umlaut ä";
        assertThat(Json.quote(tricky)).doesNotContain("\n", "\t", "\u0001");
        assertThat(Json.parse(Json.quote(tricky))).isEqualTo(tricky);
        assertThat(Json.parse("\"\\u00e4\\/\"")).isEqualTo("ä/");
        assertThat(Json.parse("[ ]")).isEqualTo(List.of());
    }

    @Test
    void rejectsInvalidJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\" 1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[1] x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("tru")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.object("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> Json.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
