package de.koeln.zks.incidents.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.incidents.internal.testing.Fixtures;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.Validator;

class IncidentValidationTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private IncidentInput valid(IncidentInput in) {
        Validator v = new Validator();
        IncidentInput clean = IncidentValidation.clean(v, in, clock);
        v.throwIfInvalid();
        return clean;
    }

    private void assertRejects(Consumer<IncidentInput> change, String... fields) {
        IncidentInput in = Fixtures.sample();
        change.accept(in);
        Validator v = new Validator();
        IncidentValidation.clean(v, in, clock);
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field).containsExactly(fields));
    }

    @Test
    void theDocumentedSampleRequestIsValid() {
        IncidentInput clean = valid(Fixtures.sample());
        assertThat(clean.occurredAt).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:00+01:00"));
        assertThat(clean.unit).isEqualTo("Bürgeramt Innenstadt");
        assertThat(clean.location.building).isEqualTo("Laurenzplatz 4");
        assertThat(clean.location.room).isEqualTo("E.12");
        assertThat(clean.policeCalled).isTrue();
        assertThat(clean.accidentReportDue).isFalse();
    }

    @Test
    void requiredFieldsAreNamedAllAtOnce() {
        Validator v = new Validator();
        IncidentValidation.clean(v, new IncidentInput(), clock);
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field)
                .containsExactly("occurredAt", "unit", "kind", "level", "description"));
    }

    @Test
    void aMissingBodyIsNamed() {
        Validator v = new Validator();
        assertThat(IncidentValidation.clean(v, null, clock)).isNull();
        assertThatThrownBy(v::throwIfInvalid).hasMessageContaining("(body)");
    }

    @Test
    void eachRuleNamesItsField() {
        assertRejects(in -> in.occurredAt = OffsetDateTime.parse("2026-11-28T10:00:00+01:00"), "occurredAt");
        assertRejects(in -> in.unit = "x".repeat(201), "unit");
        assertRejects(in -> in.level = 4, "level");
        assertRejects(in -> in.level = -1, "level");
        assertRejects(in -> in.description = "x".repeat(20_001), "description");
        assertRejects(in -> in.description = " ", "description");
        assertRejects(in -> in.location = new Location("x".repeat(301), "x".repeat(101), "x".repeat(101), "x".repeat(301)),
            "location.building", "location.floor", "location.room", "location.address");
        assertRejects(in -> in.personsHarmed = 1001, "personsHarmed");
        assertRejects(in -> in.witnessCount = -1, "witnessCount");
        assertRejects(in -> in.incapacityDays = 3651, "incapacityDays");
        assertRejects(in -> in.complaintFileNumber = "x".repeat(101), "complaintFileNumber");
        assertRejects(in -> in.injuries = "x".repeat(5001), "injuries");
        assertRejects(in -> in.witnessDetails = "x".repeat(5001), "witnessDetails");
        assertRejects(in -> in.description = "a\u0007b", "description");
    }

    @Test
    void limitsThemselvesAreAccepted() {
        IncidentInput in = Fixtures.sample();
        in.description = "x".repeat(20_000);
        in.level = 0;
        in.personsHarmed = 1000;
        in.incapacityDays = 3650;
        in.witnessDetails = "x".repeat(5000);
        assertThat(valid(in).description).hasSize(20_000);
    }

    @Test
    void textIsTrimmedAndAnEmptyLocationIsNone() {
        IncidentInput in = Fixtures.sample();
        in.unit = "  Bürgeramt Innenstadt ";
        in.location = new Location(" ", null, "", null);
        IncidentInput clean = valid(in);
        assertThat(clean.unit).isEqualTo("Bürgeramt Innenstadt");
        assertThat(clean.location).isNull();
    }

    @Test
    void accidentReportIsDueAfterMoreThanThreeDaysOrWhenTheClientSaysSo() {
        assertThat(IncidentValidation.accidentReportDue(null, null)).isFalse();
        assertThat(IncidentValidation.accidentReportDue(3, null)).isFalse();
        assertThat(IncidentValidation.accidentReportDue(4, null)).isTrue();
        assertThat(IncidentValidation.accidentReportDue(4, false)).isTrue();
        assertThat(IncidentValidation.accidentReportDue(null, true)).isTrue();
        assertThat(IncidentValidation.accidentReportDue(0, true)).isTrue();

        IncidentInput in = Fixtures.sample();
        in.incapacityDays = 5;
        assertThat(valid(in).accidentReportDue).isTrue();
    }

    @Test
    void idempotencyKeyIsBoundedAndNamedAsTheHeader() {
        Validator v = new Validator();
        assertThat(IncidentValidation.idempotencyKey(v, null)).isNull();
        assertThat(IncidentValidation.idempotencyKey(v, " abc ")).isEqualTo("abc");
        assertThat(IncidentValidation.idempotencyKey(v, "k".repeat(200))).hasSize(200);
        assertThat(v.isValid()).isTrue();
        IncidentValidation.idempotencyKey(v, "k".repeat(201));
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field).containsExactly("Idempotency-Key"));
    }

    @Test
    void statusRequestNeedsAStatusAndBoundsTheReason() {
        Validator v = new Validator();
        IncidentValidation.statusRequest(v, new StatusRequest(null, "x".repeat(1001)));
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field).containsExactly("status", "reason"));
        Validator ok = new Validator();
        assertThat(IncidentValidation.statusRequest(ok, new StatusRequest(IncidentStatus.IN_REVIEW, " ")).reason).isNull();
        assertThat(ok.isValid()).isTrue();
    }

    @Test
    void aFilterRangeMustNotBeEmpty() {
        IncidentQuery q = new IncidentQuery();
        q.from = OffsetDateTime.parse("2026-11-01T00:00:00+01:00");
        q.to = q.from;
        Validator v = new Validator();
        IncidentValidation.query(v, q);
        assertThatThrownBy(v::throwIfInvalid).hasMessageContaining("to");
    }
}
