package de.koeln.zks.platform.rest.internal.ext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.http.ApiJson;
import de.koeln.zks.platform.support.rest.OptionalBody;
import de.koeln.zks.platform.support.rest.ReadOnlyFields;

class ZksJsonProviderTest {
    private final ZksJsonProvider provider = new ZksJsonProvider();

    @SuppressWarnings("unused")
    void endpoint(@OptionalBody Map<String, Object> optional, Map<String, Object> required) {
    }

    @SuppressWarnings("unused")
    void update(@ReadOnlyFields({"id", "status", "reportedAt"}) Report sentBack) {
    }

    private static Annotation[] annotations(int parameter) throws NoSuchMethodException {
        return ZksJsonProviderTest.class.getDeclaredMethod("endpoint", Map.class, Map.class).getParameterAnnotations()[parameter];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(String body, int parameter) throws Exception {
        return provider.readFrom((Class) Map.class, Map.class, annotations(parameter), MediaType.APPLICATION_JSON_TYPE,
            new MultivaluedHashMap<>(), new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOptionalBodyMayBeLeftOutARequiredOneMayNot() throws Exception {
        assertThat(read("", 0)).isNull();
        assertThat(read("{\"participant\":\"eva\"}", 0)).isEqualTo(Map.of("participant", "eva"));
        assertThatThrownBy(() -> read("", 1)).isInstanceOf(ValidationException.class).hasMessageContaining("empty");
    }

    @Test
    void onlyAnOptionalBodyIsReadWithoutAJsonContentType() throws Exception {
        assertThat(provider.isReadable(Map.class, Map.class, annotations(0), MediaType.APPLICATION_OCTET_STREAM_TYPE)).isTrue();
        assertThat(provider.isReadable(Map.class, Map.class, annotations(1), MediaType.APPLICATION_OCTET_STREAM_TYPE)).isFalse();
        assertThat(provider.isReadable(Map.class, Map.class, annotations(1), MediaType.APPLICATION_JSON_TYPE)).isTrue();
    }

    /** A bean as the modules read them: the over-long text is named by its path. */
    public static class Report {
        public String unit;
        public Location location;
    }

    public static class Location {
        public String building;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object readReport(String body) throws Exception {
        return provider.readFrom((Class) Report.class, Report.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
            new MultivaluedHashMap<>(), new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTextOverTheReadersLimitIsNamedInTheClientsWordsNotJacksons() {
        String longText = "x".repeat(ApiJson.MAX_STRING_LENGTH + 10);
        String body = "{\"unit\":\"U\",\"location\":{\"building\":\"" + longText + "\"}}";
        assertThatThrownBy(() -> readReport(body)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field).isEqualTo("location.building");
                assertThat(error.message).isEqualTo("is too long (more than " + ApiJson.MAX_STRING_LENGTH
                    + " characters; the field itself may allow far fewer)");
            });
            assertThat(e.detail()).doesNotContain("StreamReadConstraints").doesNotContain("Jackson");
        });
        assertThatThrownBy(() -> read("{\"note\":\"" + longText + "\"}", 1)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field).isEqualTo("note");
                assertThat(error.message).startsWith("is too long");
            }));
    }

    @Test
    void aDocumentNestedTooDeeplyIsRefusedWithTheLimitNamed() {
        String deep = "{\"a\":".repeat(ApiJson.MAX_NESTING_DEPTH + 5) + "1" + "}".repeat(ApiJson.MAX_NESTING_DEPTH + 5);
        assertThatThrownBy(() -> read(deep, 1)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.message)
                .isEqualTo("is nested too deeply: at most " + ApiJson.MAX_NESTING_DEPTH + " levels of objects and lists")));
    }

    @Test
    void aListWhereTheDocumentMustBeAnObjectNamesTheBodyNotAnIndexNorAClass() {
        for (String body : new String[] {"[]", "[{\"unit\":\"U\"}]", "\"text\""}) {
            assertThatThrownBy(() -> readReport(body)).as(body).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field).isEqualTo("(body)");
                    assertThat(error.message).isEqualTo("must be a JSON object");
                }));
        }
        assertThatThrownBy(() -> readReport("{\"location\":[]}")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field).isEqualTo("location")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Report readSentBack(String body) throws Exception {
        Annotation[] annotations = ZksJsonProviderTest.class.getDeclaredMethod("update", Report.class).getParameterAnnotations()[0];
        return (Report) provider.readFrom((Class) Report.class, Report.class, annotations, MediaType.APPLICATION_JSON_TYPE,
            new MultivaluedHashMap<>(), new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRecordSentBackAsItWasAnsweredHasItsReadOnlyFieldsDropped() throws Exception {
        Report report = readSentBack("{\"id\":5,\"status\":\"IN_REVIEW\",\"reportedAt\":{\"any\":[1,2]},\"unit\":\"Bürgeramt\","
            + "\"location\":{\"building\":\"Laurenzplatz 4\"}}");

        assertThat(report.unit).isEqualTo("Bürgeramt");
        assertThat(report.location.building).isEqualTo("Laurenzplatz 4");
    }

    @Test
    void otherUnknownFieldsAndReadOnlyNamesInsideTheRecordAreStillRefused() {
        assertThatThrownBy(() -> readSentBack("{\"id\":5,\"colour\":\"red\"}")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field).isEqualTo("colour")));
        assertThatThrownBy(() -> readSentBack("{\"location\":{\"id\":1}}")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field).isEqualTo("location.id")));
        assertThatThrownBy(() -> readReport("{\"id\":5}")).as("without the annotation")
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field).isEqualTo("id")));
    }
}
