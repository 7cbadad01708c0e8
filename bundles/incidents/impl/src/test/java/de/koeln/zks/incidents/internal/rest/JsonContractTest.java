package de.koeln.zks.incidents.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.domain.StatisticsBuilder;

/** The DTOs as the platform's (strict) Jackson configuration reads and writes them. */
class JsonContractTest {
    static final String SAMPLE = "{\"occurredAt\": \"2026-11-20T10:15:00+01:00\", \"unit\": \"Bürgeramt Innenstadt\", "
        + "\"location\": {\"building\": \"Laurenzplatz 4\", \"room\": \"E.12\"}, \"kind\": \"THREAT\", \"level\": 2, "
        + "\"description\": \"Kunde drohte mit Schlägen\", \"policeCalled\": true}";

    private final ObjectMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();

    @Test
    void theDocumentedRequestIsReadWithItsOffset() throws Exception {
        IncidentInput in = mapper.readValue(SAMPLE, IncidentInput.class);
        assertThat(in.occurredAt).isEqualTo(OffsetDateTime.of(2026, 11, 20, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(in.occurredAt.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(in.unit).isEqualTo("Bürgeramt Innenstadt");
        assertThat(in.location.building).isEqualTo("Laurenzplatz 4");
        assertThat(in.location.room).isEqualTo("E.12");
        assertThat(in.kind).isEqualTo(IncidentKind.THREAT);
        assertThat(in.level).isEqualTo(2);
        assertThat(in.policeCalled).isTrue();
    }

    @Test
    void theAnswerHasTheDocumentedNamesAndTheOffset() throws Exception {
        Incident answer = mapper.readValue(SAMPLE.replace("{\"occurredAt\"", "{\"id\": 5, \"occurredAt\""), Incident.class);
        answer.status = IncidentStatus.REPORTED;
        answer.version = 1L;
        answer.reportedAt = OffsetDateTime.parse("2026-11-20T09:30:00Z");
        answer.accidentReportDue = false;
        JsonNode json = mapper.readTree(mapper.writeValueAsString(answer));
        assertThat(json.get("occurredAt").asText()).isEqualTo("2026-11-20T10:15:00+01:00");
        assertThat(json.get("reportedAt").asText()).isEqualTo("2026-11-20T09:30:00Z");
        assertThat(json.get("id").asLong()).isEqualTo(5);
        assertThat(json.get("status").asText()).isEqualTo("REPORTED");
        assertThat(json.get("erased").asBoolean()).isFalse();
        assertThat(json.get("location").get("room").asText()).isEqualTo("E.12");
        assertThat(json.has("reportedBy")).as("null fields are left out").isFalse();
    }

    @Test
    void serverFieldsAreNotAcceptedAsInput() {
        assertThatThrownBy(() -> mapper.readValue(SAMPLE.replace("{\"occurredAt\"", "{\"status\": \"CLOSED\", \"occurredAt\""),
            IncidentInput.class)).isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void otherDtosRoundTrip() throws Exception {
        StatusRequest request = mapper.readValue("{\"status\":\"IN_REVIEW\",\"reason\":\"prüfen\"}", StatusRequest.class);
        assertThat(request.status).isEqualTo(IncidentStatus.IN_REVIEW);
        RiskNotice notice = mapper.readValue("{\"title\":\"t\",\"unit\":\"u\",\"validFrom\":\"2026-11-20T00:00:00+01:00\","
            + "\"validUntil\":\"2026-12-20T00:00:00+01:00\",\"incidentIds\":[1,2],\"inForce\":true}", RiskNotice.class);
        assertThat(notice.incidentIds).containsExactly(1L, 2L);
        IncidentStatistics stats = new StatisticsBuilder(null, null).level(2, 1L).build();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(stats));
        assertThat(json.get("byLevel").get("2").asLong()).isEqualTo(1);
        assertThat(json.get("byKind").size()).isEqualTo(IncidentKind.values().length);
    }
}
