package de.koeln.zks.alarm.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ValidationException;

/** Where a reconnecting client's last event id comes from: the header, else the query parameter of a new EventSource. */
class StreamResourceTest {

    @Test
    void noIdMeansNoReplay() {
        assertThat(StreamResource.lastEventId(null, null)).isNull();
        assertThat(StreamResource.lastEventId(" ", "")).isNull();
    }

    @Test
    void headerAlone() {
        assertThat(StreamResource.lastEventId("42", null)).isEqualTo(42L);
    }

    @Test
    void queryParameterWhenThereIsNoHeader() {
        assertThat(StreamResource.lastEventId(null, "17")).isEqualTo(17L);
        assertThat(StreamResource.lastEventId("", " 17 ")).isEqualTo(17L);
    }

    @Test
    void headerWinsOverQueryParameter() {
        assertThat(StreamResource.lastEventId("42", "17")).isEqualTo(42L);
        // the header wins even when the query parameter would be invalid
        assertThat(StreamResource.lastEventId("42", "x")).isEqualTo(42L);
    }

    @Test
    void invalidQueryParameterNamesItself() {
        assertThatThrownBy(() -> StreamResource.lastEventId(null, "-3"))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.toString()).contains("lastEventId")));
        assertThatThrownBy(() -> StreamResource.lastEventId("abc", null))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.toString()).contains("Last-Event-ID")));
    }
}
