package de.koeln.zks.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ValidationException;

class ValidatorTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void collectsEveryOffendingFieldBeforeFailing() {
        Validator v = new Validator();
        v.required("kind", null);
        v.range("level", 4, 0, 3);
        v.text("description", "x".repeat(11), 10);
        v.notInFuture("occurredAt", OffsetDateTime.parse("2026-11-28T10:00:00Z"), clock);

        assertThatThrownBy(v::throwIfInvalid)
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.errors()).extracting(f -> f.field)
                    .containsExactly("kind", "level", "description", "occurredAt");
            });
    }

    @Test
    void acceptsValidInputAndTrimsText() {
        Validator v = new Validator();
        assertThat(v.requiredText("unit", "  Bürgeramt  ", 100)).isEqualTo("Bürgeramt");
        assertThat(v.text("note", "   ", 100)).isNull();
        v.notInFuture("occurredAt", OffsetDateTime.parse("2026-11-27T10:04:00Z"), clock);
        assertThat(v.isValid()).isTrue();
        v.throwIfInvalid();
    }

    @Test
    void blankRequiredTextIsMissing() {
        Validator v = new Validator();
        v.requiredText("unit", " ", 10);
        assertThatThrownBy(v::throwIfInvalid).hasMessageContaining("unit: is required");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksKept() {
        Validator v = new Validator();
        assertThat(v.text("description", "a\nb", 10)).isEqualTo("a\nb");
        v.text("description", "a\u0000b", 10);
        assertThatThrownBy(v::throwIfInvalid).hasMessageContaining("control characters");
    }
}
